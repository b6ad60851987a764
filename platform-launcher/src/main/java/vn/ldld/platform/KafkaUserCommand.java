package vn.ldld.platform;

import java.io.PrintStream;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;

/**
 * {@code ./platform kafka-user}: the platform's Kafka users and the outside systems that read its events.
 * <ul>
 * <li>{@code list}: every user and what it may do;</li>
 * <li>{@code show <user>}: its credentials, and for a reader a kcat command that reads with them;</li>
 * <li>{@code add <system>}: a new outside system (password generated, kept in the platform's users file), which may
 * read the three event streams in consumer groups {@code <system>.*} and write nothing; given its access at once if
 * Kafka runs, else at the next {@code up};</li>
 * <li>{@code remove <system>}: its credential and ACLs taken away.</li>
 * </ul>
 */
final class KafkaUserCommand {

    private final LocalPlatform platform;

    private final PrintStream out;

    KafkaUserCommand(LocalPlatform platform, PrintStream out) {
        this.platform = platform;
        this.out = out;
    }

    int run(List<String> args) {
        String action = args.isEmpty() ? "" : args.get(0);
        if (action.equals("list") && args.size() == 1) {
            return list();
        }
        if (args.size() != 2 || !List.of("show", "add", "remove").contains(action)) {
            throw new IllegalArgumentException("kafka-user takes list, show <user>, add <system> or remove <system>");
        }
        String user = args.get(1);
        return switch (action) {
            case "show" -> show(users(), user);
            case "add" -> add(user);
            default -> remove(user);
        };
    }

    private KafkaUsers users() {
        return KafkaUsers.of(this.platform.config());
    }

    private int list() {
        for (String user : users().names()) {
            this.out.printf("%-22s %s%n", user, KafkaAccess.describe(user));
        }
        this.out.println("Passwords: " + this.platform.config().kafkaUsersFile() + "; one user's: ./platform kafka-user "
                + "show <user>");
        return 0;
    }

    private int show(KafkaUsers users, String user) {
        String password = users.password(user);
        String bootstrap = this.platform.kafkaBootstrap();
        this.out.println("Kafka user " + user + ": " + KafkaAccess.describe(user));
        this.out.printf("  %-18s %s%n", "bootstrap servers", bootstrap);
        this.out.printf("  %-18s %s%n", "security.protocol", KafkaUsers.SECURITY_PROTOCOL);
        this.out.printf("  %-18s %s%n", "sasl.mechanism", KafkaUsers.MECHANISM);
        this.out.printf("  %-18s %s%n", "username", user);
        this.out.printf("  %-18s %s%n", "password", password);
        String group = KafkaUsers.isPlatformUser(user) && !user.equals(KafkaUsers.PROVINCIAL_HUB)
                ? (user.equals(KafkaUsers.BENCH) ? KafkaAccess.BENCH_GROUP_PREFIX + "console" : null)
                : KafkaAccess.outsideGroupPrefix(user) + "console";
        if (group != null) {
            this.out.println("Read report-events from the start in consumer group " + group
                    + " with kcat (librdkafka 2.6.1 or later):");
            this.out.println("  kcat -b " + bootstrap + " -X security.protocol=" + KafkaUsers.SECURITY_PROTOCOL
                    + " -X sasl.mechanisms=" + KafkaUsers.MECHANISM + " \\");
            this.out.println("    -X sasl.username=" + user + " -X sasl.password=" + password
                    + " -X auto.offset.reset=earliest -G " + group + " report-events -f '%k %h\\n%s\\n\\n'");
        }
        this.out.println("A Java client: sasl.jaas.config=" + KafkaUsers.saslConfig(user, password)
            .get(org.apache.kafka.common.config.SaslConfigs.SASL_JAAS_CONFIG));
        return 0;
    }

    private int add(String system) {
        KafkaUsers users = users().withOutsideSystem(system);
        if (this.platform.kafkaRunning()) {
            try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
                KafkaAccess.apply(admin, users, List.of(system));
            }
            this.out.println("Outside system " + system + " may now read the event streams.");
        }
        else {
            this.out.println("Kafka does not run: " + system + " gets its access at the next ./platform up.");
        }
        return show(users, system);
    }

    private int remove(String system) {
        KafkaUsers users = users();
        boolean known = users.names().contains(system);
        if (known || KafkaUsers.isPlatformUser(system)) {
            users.withoutOutsideSystem(system);
        }
        if (!this.platform.kafkaRunning()) {
            if (!known) {
                throw new PlatformException("No Kafka user '" + system + "' in " + this.platform.config().kafkaUsersFile());
            }
            this.out.println("Outside system " + system + " removed from the users file. Kafka does not run: start it "
                    + "and run this again to take its credential and ACLs away from the brokers.");
            return 0;
        }
        try (Admin admin = Admin.create(this.platform.kafkaClientConfig(KafkaUsers.ADMIN))) {
            KafkaAccess.revoke(admin, system);
        }
        this.out.println("Outside system " + system + " removed: its credential and ACLs are gone.");
        return 0;
    }

}
