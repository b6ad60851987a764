package vn.ldld.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import kafka.tools.StorageTool;

/**
 * Runs one Apache Kafka node in KRaft mode, broker and controller in one process: alone, or one of a cluster of three.
 * <p>
 * Flags: {@code --data-dir <dir>} and {@code --users-file <file>} (required), {@code --node-id 1}, {@code --port 9092},
 * {@code --controller-port 9093}, {@code --quorum-voters 1@127.0.0.1:9093[,...]} (default: this node alone),
 * {@code --replication-factor 1}. Writes {@code <data-dir>/server.properties} (0600: it holds the admin password),
 * formats {@code <data-dir>/kafka-logs} once with the users' SCRAM credentials (so data survives restarts), then
 * runs the node until the process is terminated.
 * <p>
 * Clients connect with SASL_PLAINTEXT and SCRAM-SHA-512 on 127.0.0.1 only; the {@code StandardAuthorizer} refuses what
 * no ACL allows ({@link KafkaAccess}), and {@code admin} is the only super user. The controller listener takes SASL
 * PLAIN with the admin password alone: KRaft controllers cannot check SCRAM credentials, which live in the metadata
 * they serve.
 */
public final class KafkaBrokerMain {

    /** Fixed cluster id: base64url of the 16 bytes {@code ldld-campaign-01}, as Kafka wants (22 chars). */
    static final String CLUSTER_ID = "bGRsZC1jYW1wYWlnbi0wMQ";

    /** Beside the log directories: a digest of the admin password they were formatted with. */
    static final String ADMIN_DIGEST_FILE = "admin-credential.sha256";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        Flags flags = Flags.parse(args);
        Path dataDir = Path.of(flags.require("data-dir")).toAbsolutePath();
        int port = flags.intValue("port", 9092);
        int controllerPort = flags.intValue("controller-port", 9093);
        KafkaNode node = new KafkaNode(KafkaNode.SINGLE, flags.intValue("node-id", 1), port, controllerPort, dataDir);
        KafkaUsers users = KafkaUsers.read(Path.of(flags.require("users-file")), node.bootstrap());
        String adminPassword = users.password(KafkaUsers.ADMIN);
        Properties properties = serverProperties(node,
                flags.value("quorum-voters", KafkaNode.quorumVoters(List.of(node))),
                flags.intValue("replication-factor", 1), adminPassword);
        Path propertiesFile = write(properties, dataDir.resolve("server.properties"));
        formatStorageIfNeeded(dataDir, propertiesFile, users);
        kafka.Kafka.main(new String[] { propertiesFile.toString() });
    }

    /**
     * The node's settings: broker and controller on 127.0.0.1, SASL on both listeners, the authorizer, and the
     * replication settings of a cluster of {@code replicationFactor} nodes ({@code min.insync.replicas} one less,
     * at least 1).
     */
    static Properties serverProperties(KafkaNode node, String quorumVoters, int replicationFactor, String adminPassword) {
        String replicas = Integer.toString(replicationFactor);
        String minInsync = Integer.toString(Topics.minInsyncReplicas(replicationFactor));
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(node.nodeId()));
        p.setProperty("controller.quorum.voters", quorumVoters);
        p.setProperty("listeners", "SASL_PLAINTEXT://127.0.0.1:" + node.port() + ",CONTROLLER://127.0.0.1:"
                + node.controllerPort());
        p.setProperty("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + node.port());
        p.setProperty("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
        // clients and brokers between themselves: SCRAM, the credentials in the cluster's metadata
        p.setProperty("sasl.enabled.mechanisms", KafkaUsers.MECHANISM);
        p.setProperty("sasl.mechanism.inter.broker.protocol", KafkaUsers.MECHANISM);
        p.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", KafkaUsers.jaasConfig(
                "org.apache.kafka.common.security.scram.ScramLoginModule", KafkaUsers.ADMIN, adminPassword, ""));
        // brokers to controllers and controllers between themselves: PLAIN, the admin alone
        p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        p.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.controller.plain.sasl.jaas.config", KafkaUsers.jaasConfig(
                "org.apache.kafka.common.security.plain.PlainLoginModule", KafkaUsers.ADMIN, adminPassword,
                " user_" + KafkaUsers.ADMIN + "=" + KafkaUsers.quoted(adminPassword)));
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("allow.everyone.if.no.acl.found", "false");
        p.setProperty("super.users", "User:" + KafkaUsers.ADMIN);
        p.setProperty("log.dirs", logDir(node.dataDir()).toString());
        p.setProperty("num.partitions", Integer.toString(Topics.PARTITIONS));
        p.setProperty("default.replication.factor", replicas);
        p.setProperty("min.insync.replicas", minInsync);
        p.setProperty("offsets.topic.replication.factor", replicas);
        // fewer partitions for the internal topics = faster first start
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.replication.factor", replicas);
        p.setProperty("transaction.state.log.min.isr", minInsync);
        p.setProperty("transaction.state.log.num.partitions", "6");
        p.setProperty("share.coordinator.state.topic.replication.factor", replicas);
        p.setProperty("share.coordinator.state.topic.min.isr", minInsync);
        p.setProperty("share.coordinator.state.topic.num.partitions", "6");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("unclean.leader.election.enable", "false");
        // the log cleaner (compacted __consumer_offsets and share-group state) takes its whole dedupe buffer from the
        // heap at start: 128 MB by default, 163 MB of the broker's heap in use after start; 16 MB map a million keys
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    static Path logDir(Path dataDir) {
        return dataDir.resolve("kafka-logs");
    }

    /**
     * Formats the storage unless it already is ({@code meta.properties} present means a node ran here before), with
     * the SCRAM credential of every user in the users file: the admin's, which the brokers need between themselves,
     * and the others', so that no client is refused in the moment between the start and the launcher's check of the
     * users. {@link StorageTool#execute} returns an exit code instead of calling {@code System.exit}.
     * @throws IllegalStateException if the storage was formatted without this admin password (before Kafka access was
     * secured, or with another users file): no one could sign in to it
     */
    static void formatStorageIfNeeded(Path dataDir, Path propertiesFile, KafkaUsers users) throws IOException {
        String adminPassword = users.password(KafkaUsers.ADMIN);
        Path digestFile = dataDir.resolve(ADMIN_DIGEST_FILE);
        if (Files.exists(logDir(dataDir).resolve("meta.properties"))) {
            if (!Files.isRegularFile(digestFile) || !Files.readString(digestFile).strip().equals(digest(adminPassword))) {
                throw new IllegalStateException("The Kafka data in " + dataDir + " was formatted without the admin "
                        + "credential of the platform's Kafka users file (before Kafka access was secured, or with "
                        + "another users file), so no client can sign in to it. Delete " + dataDir + " (the topics' "
                        + "history; the services' databases keep their state) and start again.");
            }
            return;
        }
        List<String> args = new ArrayList<>(List.of("format", "-t", CLUSTER_ID, "-c", propertiesFile.toString()));
        for (String user : users.names()) {
            args.add("--add-scram");
            args.add(KafkaUsers.MECHANISM + "=[name=" + user + ",password=" + users.password(user) + "]");
        }
        int exitCode = StorageTool.execute(args.toArray(String[]::new), System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + logDir(dataDir) + " failed: " + exitCode);
        }
        Files.writeString(digestFile, digest(adminPassword) + "\n", StandardCharsets.UTF_8);
    }

    static String digest(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(password.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    private static Path write(Properties properties, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "written by " + KafkaBrokerMain.class.getName() + " on every start");
        }
        return file;
    }

}
