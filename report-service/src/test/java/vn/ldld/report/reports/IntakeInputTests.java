package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.ErrorAnswers;
import vn.ldld.web.testing.Exposure;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * Intake as a hostile or careless client meets it: input that would be stored changed is refused naming the field,
 * limits are stated as they are, links never come from the request's Host header, every refusal is a problem.
 */
class IntakeInputTests extends ReportTestSupport {

    @LocalManagementPort
    int managementPort;

    private String planId;

    @BeforeEach
    void publishAPlan() {
        planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
    }

    private ObjectNode report() {
        return SamplePlans.report(planId, "LDLD-GD");
    }

    /** A 400 naming exactly {@code field}, and nothing stored. */
    private JsonNode refused(Object body, String field) {
        Reply reply = post("/api/reports", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorFields()).as(reply.toString()).containsExactly(field);
        assertThat(get("/api/reports?planId=" + planId).json().get("total").asLong()).isZero();
        return reply.json().get("errors").get(0);
    }

    @Test
    void aDuplicateLinksToTheExistingReportAtThePublicAddressWhateverTheHostHeaderSays() {
        Reply first = post("/api/reports", report());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        RawHttp.Answer duplicate = RawHttp.send(port, "POST", "/api/reports", report().toString(),
                "Host: evil.example", "X-Forwarded-Host: evil2.example", "X-Forwarded-Proto: https",
                "Content-Type: application/json", "Authorization: Bearer " + TestTokens.staff());

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        String expected = "http://localhost:8080/api/reports/" + first.json().get("id").asString();
        assertThat(SamplePlans.JSON.readTree(duplicate.body()).get("existingReport").asString()).isEqualTo(expected);
        assertThat(duplicate.header("Location")).isEqualTo(expected);
        assertThat(first.header("Location")).isEqualTo(expected);
    }

    @Test
    void aNarrativeFarOverItsLimitNamesTheSectionAndItsRealLimit() {
        ObjectNode body = report();
        ((ObjectNode) body.get("narrative")).put("RESULTS", "x".repeat(200_000));

        JsonNode error = refused(body, "narrative.RESULTS");

        assertThat(error.get("message").asString()).matches("longer than [0-9,]+ characters")
                .doesNotContain("127").doesNotContain("200");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAReplacementCharacter() {
        String body = report().toString().replace("\"RESULTS\":\"", "\"RESULTS\":\"\\ud800");

        refused(body, "narrative.RESULTS");
    }

    @Test
    void aNulCharacterIsRefused() {
        String body = report().toString().replace("\"RESULTS\":\"", "\"RESULTS\":\"\\u0000");

        refused(body, "narrative.RESULTS");
    }

    @Test
    void aDecimalTooSmallToStoreIsRefusedNotStoredAsZero() {
        String body = report().toString().replace("\"ROADS_KM\":1.5", "\"ROADS_KM\":1e-400");

        refused(body, "values.ROADS_KM");
    }

    @Test
    void aCountAboveItsBoundIsRefusedSayingTheBound() {
        String body = report().toString().replace("\"PROPAGANDA_ATTENDEES\":420", "\"PROPAGANDA_ATTENDEES\":1e18");

        assertThat(refused(body, "values.PROPAGANDA_ATTENDEES").get("message").asString()).contains("1000000000");
    }

    @Test
    void anAmountAboveItsBoundIsRefusedSayingTheBound() {
        String body = report().toString().replace("\"GIFTS_VALUE_VND\":60000000",
                "\"GIFTS_VALUE_VND\":9007199254740993");

        assertThat(refused(body, "values.GIFTS_VALUE_VND").get("message").asString())
                .contains("1000000000000000");
    }

    @Test
    void anIdempotencyKeyWithControlCharactersIsABadRequest() {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/reports", report().toString(),
                "Idempotency-Key: \"a\u0085b\"", "Content-Type: application/json",
                "Authorization: Bearer " + TestTokens.staff());

        ErrorAnswers.assertProblem("Idempotency-Key with a control character", answer, 400);
    }

    @Test
    void listensOnLoopbackWithActuatorApartAndAnswersEveryRefusalAsAProblem() throws Exception {
        Exposure.assertBehindTheGateway(port, managementPort, "/api/reports", TestTokens.staff());
    }
}
