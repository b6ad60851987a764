package vn.ldld.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The Kafka users of one local platform and their passwords: {@code admin} (the brokers' super user), one per service,
 * {@code bench} (benchmark and fault runs), {@code provincial-hub} and any outside system added with
 * {@code ./platform kafka-user add}. The passwords are generated on first use (32 random base64url characters) and
 * kept in {@link PlatformConfig#kafkaUsersFile()}, readable by its owner only (0600, in a 0700 folder); the brokers
 * check them with SASL/SCRAM-SHA-512.
 */
public final class KafkaUsers {

    /** The brokers' super user: the brokers between themselves, and the launcher's topics, users and ACLs. */
    public static final String ADMIN = "admin";

    /** The benchmark and fault runs: publishes plans, reads every topic and the services' consumer lag. */
    public static final String BENCH = "bench";

    /** The outside provincial system the platform knows from the start: reads the three event streams. */
    public static final String PROVINCIAL_HUB = "provincial-hub";

    /** The SASL mechanism of every client. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    /** Clients' {@code security.protocol} on the local platform: SASL on loopback, without TLS. */
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String VALID_NAME = "[a-z0-9][a-z0-9._-]{1,62}";

    private final Path file;

    private final String bootstrapServers;

    private final Map<String, String> passwords;

    private KafkaUsers(Path file, String bootstrapServers, Map<String, String> passwords) {
        this.file = file;
        this.bootstrapServers = bootstrapServers;
        this.passwords = passwords;
    }

    /**
     * @return the users of {@code config}'s platform, the file created with the platform's own users if missing
     */
    public static KafkaUsers of(PlatformConfig config) {
        return load(config.kafkaUsersFile(), config.kafkaBootstrap());
    }

    static KafkaUsers load(Path file, String bootstrapServers) {
        if (!Files.exists(file)) {
            Map<String, String> passwords = new TreeMap<>();
            KafkaAccess.platformUsers().forEach((user) -> passwords.put(user, newPassword()));
            createOnce(file, passwords);
        }
        Map<String, String> passwords = read(file);
        if (!passwords.keySet().containsAll(KafkaAccess.platformUsers())) {
            // a user the platform has gained since the file was written
            KafkaAccess.platformUsers().forEach((user) -> passwords.computeIfAbsent(user, (name) -> newPassword()));
            replace(file, passwords);
        }
        return new KafkaUsers(file, bootstrapServers, passwords);
    }

    /** @return the users in {@code file}, which must exist (a broker reads its admin password there) */
    static KafkaUsers read(Path file, String bootstrapServers) {
        if (!Files.isRegularFile(file)) {
            throw new PlatformException("No Kafka users file " + file + ": the launcher writes it before it starts a broker");
        }
        return new KafkaUsers(file, bootstrapServers, read(file));
    }

    /** @return the user names, sorted */
    public Set<String> names() {
        return this.passwords.keySet();
    }

    /** @throws PlatformException naming the known users if {@code user} is not one */
    public String password(String user) {
        String password = this.passwords.get(user);
        if (password == null) {
            throw new PlatformException("No Kafka user '" + user + "' in " + this.file + "; users: "
                    + String.join(", ", names()));
        }
        return password;
    }

    /** @return the settings a Java client of {@code user} needs: bootstrap servers, SASL_PLAINTEXT, SCRAM-SHA-512 */
    public Map<String, Object> clientConfig(String user) {
        Map<String, Object> config = new LinkedHashMap<>(saslConfig(user, password(user)));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
        return config;
    }

    /** @return {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} for these credentials */
    public static Map<String, Object> saslConfig(String user, String password) {
        return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL, SaslConfigs.SASL_MECHANISM,
                MECHANISM, SaslConfigs.SASL_JAAS_CONFIG, jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule",
                        user, password, ""));
    }

    /** @return a JAAS login module line with {@code username} and {@code password} (and {@code extra} options) */
    static String jaasConfig(String loginModule, String user, String password, String extra) {
        return loginModule + " required username=" + quoted(user) + " password=" + quoted(password) + extra + ";";
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** @return {@code KAFKA_USERNAME} and {@code KAFKA_PASSWORD} for a service that uses Kafka, nothing for another */
    Map<String, String> serviceEnv(String service) {
        if (!KafkaAccess.SERVICES.containsKey(service)) {
            return Map.of();
        }
        return Map.of("KAFKA_USERNAME", service, "KAFKA_PASSWORD", password(service));
    }

    /** @return whether {@code user} is one of the platform's own (which cannot be added or removed) */
    static boolean isPlatformUser(String user) {
        return KafkaAccess.platformUsers().contains(user);
    }

    /**
     * Adds an outside system with a new password, or keeps the one it has.
     * @return the users with it
     * @throws IllegalArgumentException if the name is not a valid user name or is one of the platform's own
     */
    KafkaUsers withOutsideSystem(String user) {
        if (!user.matches(VALID_NAME)) {
            throw new IllegalArgumentException("A Kafka user name is 2 to 63 lower-case letters, digits, '.', '_' or "
                    + "'-', starting with a letter or digit: not '" + user + "'");
        }
        if (isPlatformUser(user) && !user.equals(PROVINCIAL_HUB)) {
            throw new IllegalArgumentException("'" + user + "' is one of the platform's own Kafka users, not an outside "
                    + "system");
        }
        if (this.passwords.containsKey(user)) {
            return this;
        }
        Map<String, String> passwords = new TreeMap<>(this.passwords);
        passwords.put(user, newPassword());
        replace(this.file, passwords);
        return new KafkaUsers(this.file, this.bootstrapServers, passwords);
    }

    /** @return the users without the outside system {@code user} */
    KafkaUsers withoutOutsideSystem(String user) {
        if (isPlatformUser(user)) {
            throw new IllegalArgumentException("'" + user + "' is one of the platform's own Kafka users; only an "
                    + "outside system added with kafka-user add can be removed");
        }
        password(user);
        Map<String, String> passwords = new TreeMap<>(this.passwords);
        passwords.remove(user);
        replace(this.file, passwords);
        return new KafkaUsers(this.file, this.bootstrapServers, passwords);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the Kafka users in " + file, ex);
        }
        Map<String, String> passwords = new TreeMap<>();
        properties.stringPropertyNames().forEach((user) -> passwords.put(user, properties.getProperty(user)));
        return passwords;
    }

    /** Creates the file unless another launcher just did: then its passwords are the ones. */
    private static void createOnce(Path file, Map<String, String> passwords) {
        Path written = writeTemporary(file, passwords);
        try {
            Files.createLink(file, written);
        }
        catch (FileAlreadyExistsException ex) {
            // another launcher created it first: keep its passwords
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create " + file, ex);
        }
        finally {
            deleteQuietly(written);
        }
    }

    private static void replace(Path file, Map<String, String> passwords) {
        Path written = writeTemporary(file, passwords);
        try {
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            deleteQuietly(written);
            throw new UncheckedIOException("Cannot write " + file, ex);
        }
    }

    /** @return a new file beside {@code file}, 0600 from its creation, in a 0700 folder */
    private static Path writeTemporary(Path file, Map<String, String> passwords) {
        Properties properties = new Properties();
        properties.putAll(passwords);
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Path written = Files.createTempFile(folder, file.getFileName().toString(), ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(writer, "Kafka users of the local platform (SCRAM-SHA-512): keep this file secret");
            }
            return written;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the Kafka users beside " + file, ex);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            // a leftover temporary file holds nothing the real one does not
        }
    }

}
