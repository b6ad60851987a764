package vn.ldld.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * One Kafka process of the platform: a broker and a KRaft controller in one JVM.
 *
 * @param name {@code kafka} when it runs alone, {@code kafka-1} to {@code kafka-3} in a cluster: names its log and pid
 * files
 * @param nodeId its {@code node.id}, 1 to 3
 * @param port the client port (SASL_PLAINTEXT on 127.0.0.1)
 * @param controllerPort the KRaft controller port (SASL PLAIN, the brokers' and controllers' own)
 * @param dataDir its {@code server.properties} and log directories, kept across restarts
 */
public record KafkaNode(String name, int nodeId, int port, int controllerPort, Path dataDir) {

    /** The name of the single broker, and the prefix of a cluster's. */
    public static final String SINGLE = "kafka";

    /** @return whether {@code processName} (a pid file's or a log's) is a Kafka broker's */
    public static boolean isBroker(String processName) {
        return processName.equals(SINGLE) || processName.matches(SINGLE + "-\\d+");
    }

    /** @return the {@code controller.quorum.voters} of these nodes: {@code 1@127.0.0.1:9093,...} */
    static String quorumVoters(List<KafkaNode> nodes) {
        return String.join(",", nodes.stream().map((node) -> node.nodeId() + "@127.0.0.1:" + node.controllerPort()).toList());
    }

    /** @return this broker's bootstrap address, e.g. {@code 127.0.0.1:9092} */
    public String bootstrap() {
        return "127.0.0.1:" + this.port;
    }

}
