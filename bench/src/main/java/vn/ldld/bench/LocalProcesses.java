package vn.ldld.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;

import vn.ldld.platform.KafkaNode;
import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.StatusRow;

/**
 * The processes of the local platform the fault run started ({@link LocalPlatform}): kills one the way a crash or
 * the OOM killer does, and brings back whatever is not running.
 */
final class LocalProcesses {

    private final LocalPlatform platform;
    private final KafkaClients kafka;

    LocalProcesses(LocalPlatform platform, KafkaClients kafka) {
        this.platform = platform;
        this.kafka = kafka;
    }

    /**
     * {@code kill -9} of the process {@code name} ({@code mongo}, {@code kafka}, {@code kafka-2},
     * {@code report-service}, ...), then waits until it is gone.
     *
     * @return its pid
     * @throws IllegalStateException if no such process runs
     */
    long kill(String name) throws InterruptedException {
        long pid = platform.status().stream().filter(row -> row.name().equals(name) && row.alive())
                .map(StatusRow::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no running process " + name));
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(name + " (pid " + pid + ") still runs 20 s after SIGKILL", e);
        }
        return pid;
    }

    /** @return the names of the Kafka brokers that run ({@code kafka}, or {@code kafka-1} to {@code kafka-3}) */
    List<String> brokers() {
        return platform.status().stream().filter(row -> row.alive() && KafkaNode.isBroker(row.name()))
                .map(StatusRow::name).toList();
    }

    /** @return the name of the broker that leads {@code partition} of {@code topic}, e.g. {@code kafka-2} */
    String leaderOf(String topic, int partition) throws InterruptedException {
        try (Admin admin = Admin.create(kafka.config(Map.of()))) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            Node leader = description.partitions().get(partition).leader();
            if (leader == null) {
                throw new IllegalStateException(topic + "-" + partition + " has no leader now");
            }
            return KafkaNode.SINGLE + "-" + leader.id();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + topic + ": " + e, e);
        }
    }

    /** Starts whatever is not running and waits until everything is healthy. */
    void up() {
        platform.up();
    }
}
