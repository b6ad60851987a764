package vn.ldld.report.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ldld.report.plan.IndicatorDefinition;
import vn.ldld.report.plan.SectionDefinition;

class TotalsTests {

    private final Totals totals = new Totals(List.of(
            new IndicatorDefinition("SESSIONS", "COUNT", true),
            new IndicatorDefinition("FUNDS", "MONEY_VND", false),
            new IndicatorDefinition("KM", "DECIMAL", false),
            new IndicatorDefinition("NOTES", "TEXT", false),
            new IndicatorDefinition("SCORE", "RATING", false)),
            List.of(new SectionDefinition("RESULTS", true, null), new SectionDefinition("PROPOSALS", false, null)));

    @Test
    void wholeNumbersAndDecimalsAreSummedExactlyAndTextsListedByUnit() {
        totals.add("A", Map.of("SESSIONS", 2L, "FUNDS", 1_000_000_000_000_000L, "KM", 0.1, "NOTES", "một",
                "SCORE", 4L), Map.of("RESULTS", "Kết quả A"));
        totals.add("B", Map.of("SESSIONS", 3L, "FUNDS", 1_000_000_000_000_000L, "KM", 0.2),
                Map.of("RESULTS", "Kết quả B", "PROPOSALS", " "));

        assertThat(totals.values()).containsExactly(
                Map.entry("SESSIONS", 5L),
                Map.entry("FUNDS", 2_000_000_000_000_000L),
                Map.entry("KM", new BigDecimal("0.3")),
                Map.entry("NOTES", "A: một"));
        assertThat(totals.narrative()).containsExactly(Map.entry("RESULTS", "A:\nKết quả A\n\nB:\nKết quả B"));
    }

    @Test
    void sumsBeyondALongStayExactAndDecimalsAreNeverInExponentForm() {
        for (int i = 0; i < 10; i++) {
            totals.add("U" + i, Map.of("FUNDS", Long.MAX_VALUE / 4, "KM", 1.0E9), Map.of());
        }

        assertThat(totals.values().get("FUNDS")).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE / 4)
                .multiply(BigInteger.TEN));
        assertThat(totals.values().get("KM").toString()).isEqualTo("10000000000");
    }

    @Test
    void aValueOfAnotherTypeThanThePlansIndicatorIsLeftOut() {
        totals.add("A", Map.of("SESSIONS", 1.5, "FUNDS", "nhiều", "KM", "xa"), Map.of());
        totals.add("B", Map.of("SESSIONS", 2.0), Map.of());

        assertThat(totals.values()).containsExactly(Map.entry("SESSIONS", 2L));
    }
}
