package vn.ldld.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways a request fails outside a controller (rejected by Tomcat, by the firewall, by the dispatcher), each of
 * which must be answered as an RFC 9457 problem with the correlation id, never an HTML page or Spring's default JSON.
 * Each service runs {@link #assertEveryOneIsAProblem} against itself.
 */
public final class ErrorAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorAnswers() {
    }

    /** One failing request and the status it must get. */
    public record Case(String name, String method, String target, int status, String... headers) {
    }

    /**
     * The failing requests for a service that serves {@code GET listPath} (e.g. {@code /api/units}) to
     * {@code token}'s holder.
     */
    public static List<Case> cases(String listPath, String token) {
        String bearer = "Authorization: Bearer " + token;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("raw [ ] in the query", "GET", listPath + "?unit[$ne]=x", 400, bearer));
        cases.add(new Case("; in the path", "GET", listPath + ";jsessionid=1", 400, bearer));
        cases.add(new Case("encoded slash", "GET", listPath + "%2Fx", 400, bearer));
        cases.add(new Case("double slash", "GET", "/" + listPath, 400, bearer));
        cases.add(new Case("encoded NUL", "GET", listPath + "%00", 400, bearer));
        cases.add(new Case("backslash", "GET", listPath + "\\x", 400, bearer));
        cases.add(new Case("encoded backslash", "GET", listPath + "%5Cx", 400, bearer));
        cases.add(new Case("TRACE", "TRACE", listPath, 405, bearer));
        cases.add(new Case("unknown path", "GET", "/api/no-such-endpoint", 404, bearer));
        cases.add(new Case("unknown path, HTML asked for", "GET", "/api/no-such-endpoint", 404, bearer,
                "Accept: text/html"));
        cases.add(new Case("method not allowed", "PATCH", listPath, 405, bearer));
        cases.add(new Case("no token", "GET", listPath, 401));
        cases.add(new Case("headers too large", "GET", listPath, 400, bearer, "X-Padding: " + "a".repeat(20_000)));
        return cases;
    }

    /**
     * Sends every case to 127.0.0.1:{@code port} and checks each answer's status and shape, with the correlation id
     * (a service with the messaging library's correlation filter).
     */
    public static void assertEveryOneIsAProblem(int port, String listPath, String token) {
        assertEveryOneIsAProblem(port, listPath, token, true);
    }

    /** As above; {@code withCorrelationId} false for an application without a correlation filter. */
    public static void assertEveryOneIsAProblem(int port, String listPath, String token, boolean withCorrelationId) {
        SoftAssertions softly = new SoftAssertions();
        for (Case failing : cases(listPath, token)) {
            RawHttp.Answer answer = RawHttp.send(port, failing.method(), failing.target(), null, failing.headers());
            softly.check(() -> assertProblem(failing.name(), answer, failing.status(), withCorrelationId));
        }
        softly.assertAll();
    }

    /** The answer is a problem of this status, with the correlation id in the body and the X-Request-Id header. */
    public static void assertProblem(String what, RawHttp.Answer answer, int status) {
        assertProblem(what, answer, status, true);
    }

    private static void assertProblem(String what, RawHttp.Answer answer, int status, boolean withCorrelationId) {
        assertThat(answer.status()).as("%s: %s", what, answer).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as("%s: %s", what, answer).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
        if (withCorrelationId) {
            assertThat(problem.path("correlationId").asString()).as("%s: correlation id in %s", what, answer)
                    .isNotBlank().isEqualTo(answer.header("X-Request-Id"));
        }
        assertThat(answer.body()).as(what).doesNotContainIgnoringCase("tomcat").doesNotContain("<html")
                .doesNotContain("Whitelabel").doesNotContain("\"trace\"").doesNotContain("Exception");
    }
}
