package vn.ldld.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The platform's topics: one per aggregate stream and a dead-letter topic for each, created idempotently.
 */
public final class Topics {

    /** Partitions of every topic; a dead-letter topic needs at least as many as its source. */
    public static final int PARTITIONS = 6;

    /** The event streams (see the contracts module). */
    public static final List<String> STREAMS = List.of("plan-events", "report-events", "notification-events");

    /** Every topic the platform creates: the streams and their {@code -dlt} topics. */
    public static final List<String> ALL = STREAMS.stream()
        .flatMap((stream) -> List.of(stream, stream + "-dlt").stream())
        .toList();

    private Topics() {
    }

    /**
     * Creates every topic in {@link #ALL} that does not exist yet.
     * @param bootstrapServers e.g. {@code 127.0.0.1:9092}
     * @throws PlatformException if the broker does not create them within 30 s
     */
    public static void create(String bootstrapServers) {
        List<NewTopic> topics = ALL.stream().map((name) -> new NewTopic(name, PARTITIONS, (short) 1)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(created.getKey(), created.getValue());
            }
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            if (!(ex.getCause() instanceof TopicExistsException)) {
                throw new PlatformException("Could not create topic " + topic + ": " + ex.getCause(), ex.getCause());
            }
        }
        catch (TimeoutException ex) {
            throw new PlatformException("Kafka did not create topic " + topic + " within 30 s", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while creating topic " + topic, ex);
        }
    }

}
