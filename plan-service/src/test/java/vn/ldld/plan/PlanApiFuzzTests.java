package vn.ldld.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import tools.jackson.databind.JsonNode;
import vn.ldld.web.testing.HostileRequests;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.TestTokens;

/**
 * Thousands of malformed and hostile requests to add units and draft plans, generated from valid ones with a fixed
 * seed: each is answered 4xx as a problem with the correlation id, never 5xx; exactly as many units and drafts exist
 * afterwards as were answered 201, each stored with the texts it was sent.
 */
class PlanApiFuzzTests extends ApiTestSupport {

    /** Change it to explore other requests; a failure names the request by how it was spoiled. */
    static final long SEED = 20230717L;
    static final int REQUESTS_PER_API = 1_000;

    private final List<String> faults = new ArrayList<>();
    private final List<String> headers = List.of("Content-Type: application/json",
            "Authorization: Bearer " + TestTokens.staff());

    @Test
    void hostileUnitsAreRefusedAsProblemsAndNothingIsStoredChanged(TestReporter reporter) {
        long before = total("/api/units?size=1");
        HostileRequests hostile = new HostileRequests(SEED);
        HostileRequests.Tally tally = new HostileRequests.Tally();

        for (int i = 0; i < REQUESTS_PER_API; i++) {
            String valid = SampleUnits.federation("FZ-" + i).toString();
            HostileRequests.Request request = hostile.next("POST", "/api/units", valid, headers);
            RawHttp.Answer answer = send(request, tally);
            if (answer.status() == 201) {
                JsonNode sent = sent(request);
                JsonNode stored = get("/api/units/" + sent.get("code").asString()).json();
                assertThat(stored.path("name").asString()).isEqualTo(sent.get("name").asString());
            }
        }

        assertThat(faults).as("answers breaking the API's rules, of " + tally).isEmpty();
        assertThat(total("/api/units?size=1")).isEqualTo(before + tally.count(201));
        report(reporter, "hostile units", tally);
    }

    @Test
    void hostileDraftsAreRefusedAsProblemsAndNothingIsStoredChanged(TestReporter reporter) {
        ensureUnit("FZ-TN");
        String valid = SamplePlans.draft("FZ-TN").toString();
        long before = total("/api/plans?status=DRAFT&size=1");
        HostileRequests hostile = new HostileRequests(SEED + 1);
        HostileRequests.Tally tally = new HostileRequests.Tally();

        for (int i = 0; i < REQUESTS_PER_API; i++) {
            HostileRequests.Request request = hostile.next("POST", "/api/plans", valid, headers);
            RawHttp.Answer answer = send(request, tally);
            if (answer.status() == 201) {
                JsonNode stored = get("/api/plans/" + SamplePlans.JSON.readTree(answer.body()).get("id").asString())
                        .json();
                assertThat(stored.path("title").asString()).isEqualTo(sent(request).get("title").asString());
            }
        }

        assertThat(faults).as("answers breaking the API's rules, of " + tally).isEmpty();
        assertThat(total("/api/plans?status=DRAFT&size=1")).isEqualTo(before + tally.count(201));
        report(reporter, "hostile drafts", tally);
    }

    private RawHttp.Answer send(HostileRequests.Request request, HostileRequests.Tally tally) {
        RawHttp.Answer answer = RawHttp.sendBytes(port, request.method(), request.target(), request.body(),
                request.headerArray());
        HostileRequests.fault(request, answer).ifPresent(faults::add);
        tally.add(answer);
        return answer;
    }

    private static JsonNode sent(HostileRequests.Request request) {
        return SamplePlans.JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
    }

    private long total(String list) {
        return get(list).json().get("totalElements").asLong();
    }

    private static void report(TestReporter reporter, String what, HostileRequests.Tally tally) {
        reporter.publishEntry(what, tally.toString());
        System.out.println("Plan API fuzzing, " + what + ": " + tally);
    }
}
