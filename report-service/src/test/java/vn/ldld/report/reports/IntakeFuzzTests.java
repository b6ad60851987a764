package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import tools.jackson.databind.JsonNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.HostileRequests;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.TestTokens;

/**
 * Thousands of malformed and hostile report submissions, generated from a valid one with a fixed seed: each is
 * answered 4xx as a problem with the correlation id, never 5xx; the plan ends up with exactly as many reports as
 * were answered 201, each stored exactly as it was sent.
 */
class IntakeFuzzTests extends ReportTestSupport {

    /** Change it to explore other requests; a failure names the request by how it was spoiled. */
    static final long SEED = 20230726L;
    static final int REQUESTS = 2_000;

    @Test
    void hostileSubmissionsAreRefusedAsProblemsAndNothingIsStoredChanged(TestReporter reporter) {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        String valid = SamplePlans.report(planId, "LDLD-GD").toString();
        List<String> headers = List.of("Content-Type: application/json", "Authorization: Bearer " + TestTokens.staff());
        HostileRequests hostile = new HostileRequests(SEED);
        HostileRequests.Tally tally = new HostileRequests.Tally();
        List<String> created = new ArrayList<>();
        List<String> faults = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            HostileRequests.Request request = hostile.next("POST", "/api/reports", valid, headers);
            RawHttp.Answer answer = RawHttp.sendBytes(port, request.method(), request.target(), request.body(),
                    request.headerArray());
            HostileRequests.fault(request, answer).ifPresent(faults::add);
            tally.add(answer);
            if (answer.status() == 201) {
                String id = SamplePlans.JSON.readTree(answer.body()).get("id").asString();
                created.add(id);
                assertStoredAsSent(id, SamplePlans.JSON.readTree(new String(request.body(), StandardCharsets.UTF_8)));
            }
        }

        assertThat(faults).as("answers breaking the API's rules, of " + tally).isEmpty();
        assertThat(tally.total()).isEqualTo(REQUESTS);
        assertThat(tally.count(201)).isEqualTo(created.size());
        assertThat(get("/api/reports?planId=" + planId).json().get("total").asLong()).isEqualTo(created.size());
        reporter.publishEntry("hostile submissions", tally.toString());
        System.out.println("Intake fuzzing (seed " + SEED + "): " + tally);
    }

    private void assertStoredAsSent(String id, JsonNode sent) {
        JsonNode stored = get("/api/reports/" + id).json();
        sent.path("values").properties().forEach(value -> {
            JsonNode kept = stored.path("values").path(value.getKey());
            if (value.getValue().isNumber()) {
                assertThat(kept.decimalValue()).as(value.getKey())
                        .isEqualByComparingTo(new BigDecimal(value.getValue().asString()));
            } else if (!value.getValue().isNull()) {
                assertThat(kept).as(value.getKey()).isEqualTo(value.getValue());
            }
        });
        sent.path("narrative").properties().forEach(section -> {
            if (!section.getValue().asString().isBlank()) {
                assertThat(stored.path("narrative").path(section.getKey()).asString()).as(section.getKey())
                        .isEqualTo(section.getValue().asString());
            }
        });
    }
}
