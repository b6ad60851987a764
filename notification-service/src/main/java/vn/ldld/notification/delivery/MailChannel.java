package vn.ldld.notification.delivery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one e-mail over SMTP, UTF-8 plain text. */
@Component
class MailChannel {

    private final JavaMailSender mail;
    private final InternetAddress from;

    MailChannel(JavaMailSender mail, DeliveryProperties properties) {
        this.mail = mail;
        try {
            InternetAddress parsed = new InternetAddress(properties.mailFrom(), true);
            this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("notification.delivery.mail-from is not an address", e);
        }
    }

    void send(String to, String subject, String body, String messageId) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        message.setHeader("X-Ldld-Notification", messageId);
        mail.send(message);
    }
}
