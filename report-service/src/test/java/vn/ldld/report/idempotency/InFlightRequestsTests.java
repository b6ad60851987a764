package vn.ldld.report.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InFlightRequestsTests {

    private final InFlightRequests inFlight = new InFlightRequests();
    private final IdempotencyKey key = IdempotencyKey.parse("\"abc\"", "LDLD-GD");

    @Test
    void aDuplicateArrivingWhileTheOriginalIsProcessedIsAConflict() {
        String result = inFlight.exclusively(key, () -> {
            assertThatThrownBy(() -> inFlight.exclusively(key, () -> "duplicate"))
                    .isInstanceOf(RequestInProgressException.class);
            assertThat(inFlight.exclusively(IdempotencyKey.parse("abc", "LDLD-HT"), () -> "other caller"))
                    .isEqualTo("other caller");
            return "original";
        });

        assertThat(result).isEqualTo("original");
        assertThat(inFlight.exclusively(key, () -> "later")).isEqualTo("later");
    }

    @Test
    void theKeyIsFreedWhenTheOriginalFails() {
        assertThatThrownBy(() -> inFlight.exclusively(key, () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inFlight.exclusively(key, () -> "retried")).isEqualTo("retried");
    }

    @Test
    void aQuotedAndABareKeyAreTheSameKeyScopedToTheCaller() {
        assertThat(IdempotencyKey.parse("\"abc\"", "LDLD-GD")).isEqualTo(IdempotencyKey.parse("abc", "LDLD-GD"));
        assertThat(IdempotencyKey.parse("abc", "LDLD-GD")).isNotEqualTo(IdempotencyKey.parse("abc", "LDLD-HT"));
        assertThat(IdempotencyKey.parse(null, "LDLD-GD")).isNull();
    }
}
