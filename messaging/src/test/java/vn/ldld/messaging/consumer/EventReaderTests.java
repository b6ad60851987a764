package vn.ldld.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;

/** The one tolerant reading of event payloads every consumer uses. */
class EventReaderTests {

    record Deposit(String account, int amount, boolean confirmed, String channel, Instant at, Map<String, Object> extra,
                   List<Object> values) {
    }

    private final EventReader reader = new EventReader();

    @Test
    void fieldsTheRecordDoesNotDeclareAreIgnored() {
        Deposit deposit = reader.read(event("{\"account\":\"A-1\",\"amount\":5,\"addedLater\":{\"x\":[1,2]}}"),
                Deposit.class);

        assertThat(deposit.account()).isEqualTo("A-1");
        assertThat(deposit.amount()).isEqualTo(5);
    }

    @Test
    void enumValuesAddedLaterAreKeptAsText() {
        Deposit deposit = reader.read(event("{\"channel\":\"CARRIER_PIGEON\"}"), Deposit.class);

        assertThat(deposit.channel()).isEqualTo("CARRIER_PIGEON");
    }

    @Test
    void aMissingOrNullPrimitiveIsItsDefaultAndTheHandlerChecksIt() {
        Deposit missing = reader.read(event("{\"account\":\"A-1\"}"), Deposit.class);
        Deposit nulls = reader.read(event("{\"account\":\"A-1\",\"amount\":null,\"confirmed\":null}"), Deposit.class);

        assertThat(missing.amount()).isZero();
        assertThat(missing.confirmed()).isFalse();
        assertThat(nulls.amount()).isZero();
        assertThat(nulls.confirmed()).isFalse();
    }

    @Test
    void numbersWithAFractionAreReadExactly() {
        Deposit deposit = reader.read(event("{\"extra\":{\"rate\":0.1},\"values\":[12345678901234567.891, 2]}"),
                Deposit.class);

        assertThat(deposit.extra().get("rate")).isEqualTo(new BigDecimal("0.1"));
        assertThat(deposit.values().get(0)).isEqualTo(new BigDecimal("12345678901234567.891"));
        assertThat(deposit.values().get(1)).isEqualTo(2);
    }

    @Test
    void timesAreReadAsInstants() {
        Deposit deposit = reader.read(event("{\"at\":\"2023-07-24T08:15:30Z\"}"), Deposit.class);

        assertThat(deposit.at()).isEqualTo(Instant.parse("2023-07-24T08:15:30Z"));
    }

    @Test
    void aPayloadThatIsNotTheJsonObjectOfItsTypeIsInvalid() {
        assertThatThrownBy(() -> reader.read(event("{not json"), Deposit.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable")
                .hasMessageContaining("vn.ldld.test.deposited.v1");
        assertThatThrownBy(() -> reader.read(event("{\"amount\":\"five\"}"), Deposit.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> reader.read(event("[1,2]"), Deposit.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> reader.read(event("null"), Deposit.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("lacks a JSON object");
    }

    static InboundEvent event(String payload) {
        return event("vn.ldld.test.deposited.v1", "e-1", payload);
    }

    static InboundEvent event(String type, String id, String payload) {
        return new InboundEvent(new EventMetadata(id, type, "/test", "A-1", Instant.now(), null), "deposits", 0, 0,
                "A-1", payload);
    }
}
