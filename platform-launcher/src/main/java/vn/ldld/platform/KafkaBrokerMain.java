package vn.ldld.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.tools.StorageTool;

/**
 * Runs a single-node Apache Kafka broker in KRaft mode (broker and controller in one process).
 * <p>
 * Flags: {@code --data-dir <dir>} (required), {@code --port 9092}, {@code --controller-port 9093}.
 * Writes {@code <data-dir>/server.properties}, formats {@code <data-dir>/kafka-logs} once (so data
 * survives restarts), then runs the broker until the process is terminated.
 */
public final class KafkaBrokerMain {

    /** Fixed cluster id: base64url of the 16 bytes {@code ldld-campaign-01}, as Kafka wants (22 chars). */
    static final String CLUSTER_ID = "bGRsZC1jYW1wYWlnbi0wMQ";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        Flags flags = Flags.parse(args);
        Path dataDir = Path.of(flags.require("data-dir")).toAbsolutePath();
        Properties properties = serverProperties(dataDir, flags.intValue("port", 9092),
                flags.intValue("controller-port", 9093));
        Path propertiesFile = write(properties, dataDir.resolve("server.properties"));
        formatStorageIfNeeded(dataDir, propertiesFile);
        kafka.Kafka.main(new String[] { propertiesFile.toString() });
    }

    /**
     * The broker settings: one combined broker/controller node on 127.0.0.1, replication factor 1 everywhere.
     */
    static Properties serverProperties(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir(dataDir).toString());
        p.setProperty("num.partitions", "6");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        // fewer partitions for the internal topics = faster first start
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "6");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.num.partitions", "6");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        return p;
    }

    static Path logDir(Path dataDir) {
        return dataDir.resolve("kafka-logs");
    }

    /**
     * Formats the storage unless it already is: {@code meta.properties} present means a broker ran here before.
     * {@link StorageTool#execute} returns an exit code instead of calling {@code System.exit}.
     */
    static void formatStorageIfNeeded(Path dataDir, Path propertiesFile) {
        if (Files.exists(logDir(dataDir).resolve("meta.properties"))) {
            return;
        }
        int exitCode = StorageTool.execute(
                new String[] { "format", "-t", CLUSTER_ID, "-c", propertiesFile.toString() }, System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + logDir(dataDir) + " failed: " + exitCode);
        }
    }

    private static Path write(Properties properties, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "written by " + KafkaBrokerMain.class.getName() + " on every start");
        }
        return file;
    }

}
