package vn.ldld.messaging.cloudevents;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One event as a consumer receives it: its CloudEvents attributes, where it came from, and its JSON payload (read
 * by {@link vn.ldld.messaging.consumer.EventReader}).
 */
public record InboundEvent(EventMetadata metadata, String topic, int partition, long offset, String key,
                           String payload) {

    /**
     * @throws InvalidEventException when the record is not a CloudEvent in binary mode with a JSON payload
     */
    public static InboundEvent from(ConsumerRecord<String, String> record) {
        EventMetadata metadata = EventMetadata.readFrom(record.headers());
        if (record.value() == null || record.value().isBlank()) {
            throw new InvalidEventException("empty payload for event " + metadata.id());
        }
        return new InboundEvent(metadata, record.topic(), record.partition(), record.offset(), record.key(),
                record.value());
    }

    /**
     * @throws InvalidEventException naming {@code what} the event lacks, when {@code condition} does not hold
     */
    public void require(boolean condition, String what) {
        if (!condition) {
            throw new InvalidEventException(type() + " " + id() + " lacks " + what);
        }
    }

    public String id() {
        return metadata.id();
    }

    public String type() {
        return metadata.type();
    }
}
