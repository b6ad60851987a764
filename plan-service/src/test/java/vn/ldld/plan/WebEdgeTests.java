package vn.ldld.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.web.testing.Exposure;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * plan-service as a caller who skips the gateway meets it: where it listens, how it refuses what it cannot serve,
 * where its links point, how far its lists page, and that it stores text exactly as sent or not at all.
 */
class WebEdgeTests extends ApiTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void listensOnLoopbackWithActuatorApartAndAnswersEveryRefusalAsAProblem() throws Exception {
        Exposure.assertBehindTheGateway(port, managementPort, "/api/units", TestTokens.staff());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/units", "/api/plans"})
    void aPageBeyondWhatAListCanReachIsRefusedNamingPage(String list) {
        Reply reply = get(list + "?size=100&page=21474837");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("page");
        assertThat(fields(get(list + "?size=101"))).containsExactly("size");
        assertThat(get(list + "?size=100&page=9999").status()).isEqualTo(200);
    }

    @Test
    void aNewUnitsLocationIsAtThePublicAddressWhateverTheHostHeaderSays() {
        ObjectNode unit = SampleUnits.federation("HOST-" + System.nanoTime() % 100_000);

        RawHttp.Answer created = RawHttp.send(port, "POST", "/api/units", unit.toString(), "Host: evil.example",
                "X-Forwarded-Host: evil2.example", "Content-Type: application/json",
                "Authorization: Bearer " + TestTokens.staff());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("http://localhost:8080/api/units/" + unit.get("code").asString());
    }

    @Test
    void aLoneSurrogateOrNulInATextIsRefusedNotStoredChanged() {
        String code = "SUR-" + System.nanoTime() % 100_000;
        String surrogate = SampleUnits.federation(code).toString().replaceFirst("\"name\":\"", "\"name\":\"\\\\ud800");
        String nul = SampleUnits.federation(code).toString().replaceFirst("\"name\":\"", "\"name\":\"\\\\u0000");

        for (String body : List.of(surrogate, nul)) {
            Reply reply = post("/api/units", body);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("name");
        }
        assertThat(get("/api/units/" + code).status()).isEqualTo(404);
    }

    @Test
    void aWriteWhoseAnswerTheCallerWouldRefuseIsNotDone() {
        ObjectNode unit = SampleUnits.federation("ACC-" + System.nanoTime() % 100_000);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/units", unit.toString(), "Accept: text/html",
                "Content-Type: application/json", "Authorization: Bearer " + TestTokens.staff());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(406);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get("/api/units/" + unit.get("code").asString()).status()).isEqualTo(404);
    }

    private static List<String> fields(Reply reply) {
        return reply.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}
