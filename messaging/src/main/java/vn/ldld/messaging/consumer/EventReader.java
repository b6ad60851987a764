package vn.ldld.messaging.consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;

/**
 * The one way every consumer reads event payloads, the contract's "read tolerantly" (contracts/README.md):
 * <ul>
 *   <li>fields the payload class does not declare are ignored;</li>
 *   <li>a field missing or {@code null} leaves a primitive at its default ({@code 0}, {@code false}): what must be
 *       there is said by {@link EventHandler#check}, not by the reader;</li>
 *   <li>numbers with a fraction read into {@code Object}, {@code Number} or a JSON tree are {@code BigDecimal},
 *       so no amount is rounded through a {@code double};</li>
 *   <li>enum values are read as strings by the payload records, so a value added later is kept, not refused.</li>
 * </ul>
 * A payload that is not JSON, not an object, or holds a value of the wrong kind (text for a number) is an
 * {@link InvalidEventException}. The web layer's strict mapper (unknown fields refused) is never used for events.
 */
public final class EventReader {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * The payload of {@code event} as {@code type}.
     *
     * @throws InvalidEventException when the payload is not that JSON object
     */
    public <T> T read(InboundEvent event, Class<T> type) {
        T value;
        try {
            value = json.readValue(event.payload(), type);
        } catch (JacksonException e) {
            throw new InvalidEventException("unreadable " + event.type() + " " + event.id() + ": "
                    + e.getOriginalMessage());
        }
        event.require(value != null, "a JSON object");
        return value;
    }
}
