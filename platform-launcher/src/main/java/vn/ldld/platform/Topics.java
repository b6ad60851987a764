package vn.ldld.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The platform's topics: one per aggregate stream and a dead-letter topic for each, created idempotently.
 */
public final class Topics {

    /** Partitions of every topic; a dead-letter topic needs at least as many as its source. */
    public static final int PARTITIONS = 6;

    /** The event streams (see the contracts module). */
    public static final List<String> STREAMS = List.of("plan-events", "report-events", "notification-events");

    /** Suffix of a stream's dead-letter topic, where its consumers put what they could not process. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /** Every topic the platform creates: the streams and their {@code -dlt} topics. */
    public static final List<String> ALL = STREAMS.stream()
        .flatMap((stream) -> List.of(stream, stream + DEAD_LETTER_SUFFIX).stream())
        .toList();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    /**
     * @return the {@code min.insync.replicas} of topics with {@code replicationFactor} replicas: one less, at least 1
     * (2 of 3: a write acknowledged with {@code acks=all} is on two brokers, and one broker may be down)
     */
    public static int minInsyncReplicas(int replicationFactor) {
        return Math.max(1, replicationFactor - 1);
    }

    /**
     * Creates every topic in {@link #ALL} that does not exist yet, once the cluster has {@code replicationFactor}
     * brokers, with that many replicas and {@link #minInsyncReplicas(int)}.
     * @param admin a client of a super user
     * @throws PlatformException if the brokers do not register or create the topics within 30 s
     */
    public static void create(Admin admin, int replicationFactor) {
        awaitBrokers(admin, replicationFactor);
        Map<String, String> configs = Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                Integer.toString(minInsyncReplicas(replicationFactor)));
        List<NewTopic> topics = ALL.stream()
            .map((name) -> new NewTopic(name, PARTITIONS, (short) replicationFactor).configs(configs))
            .toList();
        for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
            awaitCreated(created.getKey(), created.getValue());
        }
    }

    private static void awaitBrokers(Admin admin, int brokers) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        int registered = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                registered = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
                if (registered >= brokers) {
                    return;
                }
                Thread.sleep(250);
            }
            catch (ExecutionException | TimeoutException ex) {
                // not answering yet: try again until the deadline
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new PlatformException("Interrupted while waiting for the Kafka brokers", ex);
            }
        }
        throw new PlatformException(registered + " of " + brokers + " Kafka brokers registered within "
                + TIMEOUT.toSeconds() + " s: cannot create topics with " + brokers + " replicas");
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
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
