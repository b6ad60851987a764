package vn.ldld.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Runs a local SMTP server (GreenMail) on 127.0.0.1 that accepts every message, so that the notification service's
 * e-mails can be read without a real mail system. Each message received is written as
 * {@code <mail-dir>/<time>-<n>-<recipient>.eml} and logged with its recipients and decoded subject.
 * <p>
 * Flags: {@code --port 3025}, {@code --mail-dir <dir>} (required). Runs until the process is terminated.
 */
public final class MailServerMain {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MailServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Flags flags = Flags.parse(args);
        Path mailDir = Path.of(flags.require("mail-dir")).toAbsolutePath();
        Files.createDirectories(mailDir);
        GreenMail server = new GreenMail(new ServerSetup(flags.intValue("port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-shutdown"));
        server.start();
        System.out.println("SMTP server listening on 127.0.0.1:" + server.getSmtp().getPort() + ", messages in "
                + mailDir);
        // GreenMail lists the messages mailbox by mailbox, so a new message can appear before older ones: each
        // message is written once, known by its Message-ID and mailbox
        Set<String> written = new HashSet<>();
        while (true) {
            for (MimeMessage message : server.getReceivedMessages()) {
                if (written.add(identity(message))) {
                    write(message, written.size(), mailDir);
                }
            }
            Thread.sleep(500);
        }
    }

    private static String identity(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return message.getMessageID() + "|" + (recipients == null ? "" : Arrays.toString(recipients));
        } catch (MessagingException ex) {
            return "unreadable|" + System.identityHashCode(message);
        }
    }

    private static void write(MimeMessage message, int number, Path mailDir) throws IOException {
        try {
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "unknown" : Arrays.stream(recipients).map(Address::toString)
                    .collect(Collectors.joining(","));
            Path file = mailDir.resolve(FILE_TIME.format(LocalDateTime.now()) + "-" + number + "-"
                    + to.replaceAll("[^A-Za-z0-9@._,-]", "_") + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            System.out.println("Received mail to " + to + ": " + message.getSubject() + " -> " + file);
        } catch (MessagingException ex) {
            System.out.println("Unreadable mail #" + number + ": " + ex.getMessage());
        }
    }

}
