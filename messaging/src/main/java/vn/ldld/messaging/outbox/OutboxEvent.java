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
    static final String PAYLOAD_STORED = "payloadStored";

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

    /** The pending entry of an event whose payload waits in the payloads collection ({@link Outbox}). */
    Document asDocumentWithoutPayload() {
        Document document = asDocument();
        document.remove("payload");
        return document.append(PAYLOAD_STORED, true);
    }

    /** Whether a pending entry's payload waits in the payloads collection rather than in the entry. */
    static boolean payloadStoredApart(Document document) {
        return Boolean.TRUE.equals(document.getBoolean(PAYLOAD_STORED));
    }

    static OutboxEvent fromDocument(Document document) {
        return fromDocument(document, document.getString("payload"));
    }

    static OutboxEvent fromDocument(Document document, String payload) {
        Instant time = document.getDate("time").toInstant();
        EventMetadata metadata = new EventMetadata(document.getString(ID), document.getString("type"),
                document.getString("source"), document.getString("subject"), time,
                document.getString("correlationId"));
        return new OutboxEvent(metadata, document.getString("topic"), document.getString("key"),
                payload);
    }
}
