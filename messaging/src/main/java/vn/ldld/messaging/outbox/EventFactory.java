package vn.ldld.messaging.outbox;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.MDC;

import tools.jackson.databind.ObjectMapper;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.correlation.Correlation;

/**
 * Makes outbox events: a fresh CloudEvents id, this service as source, the current time from the clock, the
 * correlation id of the request being served, and the payload serialized as JSON.
 */
public class EventFactory {

    private final ObjectMapper json;
    private final Clock clock;
    private final String source;

    public EventFactory(ObjectMapper json, Clock clock, String source) {
        this.json = json;
        this.clock = clock;
        this.source = source;
    }

    /**
     * @param topic Kafka topic
     * @param type versioned CloudEvents type
     * @param key aggregate id: record key and CloudEvents subject
     * @param payload the event record
     */
    public OutboxEvent create(String topic, String type, String key, Object payload) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), type, source, key, clock.instant(),
                MDC.get(Correlation.MDC_KEY));
        return new OutboxEvent(metadata, topic, key, json.writeValueAsString(payload));
    }
}
