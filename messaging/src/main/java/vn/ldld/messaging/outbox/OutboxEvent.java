package vn.ldld.messaging.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import vn.ldld.messaging.cloudevents.EventMetadata;

/**
 * An event waiting in its aggregate's document until the relay has published it.
 *
 * @param metadata CloudEvents attributes (the id is the consumers' idempotency key)
 * @param topic the Kafka topic
 * @param key the Kafka record key (the aggregate id, so one aggregate's events stay in order)
 * @param payload the event's JSON
 */
public record OutboxEvent(EventMetadata metadata, String topic, String key, String payload) {

    static final String ID = "id";

    Document asDocument() {
        return new Document(ID, metadata.id())
                .append("topic", topic)
                .append("key", key)
                .append("type", metadata.type())
                .append("source", metadata.source())
                .append("subject", metadata.subject())
                .append("time", Date.from(metadata.time()))
                .append("correlationId", metadata.correlationId())
                .append("payload", payload);
    }

    static OutboxEvent fromDocument(Document document) {
        Instant time = document.getDate("time").toInstant();
        EventMetadata metadata = new EventMetadata(document.getString(ID), document.getString("type"),
                document.getString("source"), document.getString("subject"), time,
                document.getString("correlationId"));
        return new OutboxEvent(metadata, document.getString("topic"), document.getString("key"),
                document.getString("payload"));
    }
}
