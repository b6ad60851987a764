package vn.ldld.messaging.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents context attributes of one event, as carried in Kafka headers.
 *
 * @param id unique id of the event; consumers use it as their idempotency key
 * @param type versioned event type, e.g. {@code vn.ldld.plan.published.v1}
 * @param source the producing service, e.g. {@code /plan-service}
 * @param subject the aggregate the event is about (plan id, report id, unit code)
 * @param time when the event happened
 * @param correlationId the request id that caused it, or {@code null}
 */
public record EventMetadata(String id, String type, String source, String subject, Instant time,
                            String correlationId) {

    /** Writes the attributes as binary-mode headers. */
    public void writeTo(Headers headers) {
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        put(headers, CloudEventHeaders.ID, id);
        put(headers, CloudEventHeaders.SOURCE, source);
        put(headers, CloudEventHeaders.TYPE, type);
        put(headers, CloudEventHeaders.TIME, time.toString());
        put(headers, CloudEventHeaders.SUBJECT, subject);
        put(headers, CloudEventHeaders.CORRELATION_ID, correlationId);
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    /**
     * Reads the attributes from binary-mode headers.
     *
     * @throws InvalidEventException when a required attribute is missing or malformed
     */
    public static EventMetadata readFrom(Headers headers) {
        String specVersion = get(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new InvalidEventException("unsupported or missing " + CloudEventHeaders.SPEC_VERSION + ": " + specVersion);
        }
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String time = get(headers, CloudEventHeaders.TIME);
        return new EventMetadata(id, type, source, get(headers, CloudEventHeaders.SUBJECT), parseTime(time),
                get(headers, CloudEventHeaders.CORRELATION_ID));
    }

    private static Instant parseTime(String time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("malformed " + CloudEventHeaders.TIME + ": " + time);
        }
    }

    private static String required(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing header " + name);
        }
        return value;
    }

    private static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
