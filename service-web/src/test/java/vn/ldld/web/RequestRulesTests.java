package vn.ldld.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.web.testing.ErrorAnswers;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.TestTokens;

/**
 * What every service does with a request it cannot serve as sent, on a real Tomcat: each refusal a problem, each
 * message in the user's terms (the field, the real limit) and no input silently changed on its way in.
 */
@SpringBootTest(classes = RequestRulesTests.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=")
class RequestRulesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void everyFailureOutsideAControllerIsAProblem() {
        ErrorAnswers.assertEveryOneIsAProblem(port, "/api/things", TestTokens.staff(), false);
    }

    @Test
    void aRequestTomcatRefusesGetsAProblemWithACorrelationIdAndSaysWhatToEncode() {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/things?unit[$ne]=x", null);

        ErrorAnswers.assertProblem("raw [ ] in the query", answer, 400);
        assertThat(answer.body()).contains("%5B");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wildcard Content-Type|Content-Type: application/*|415",
            "malformed Content-Type|Content-Type: a/b/c|415",
            "malformed Accept|Accept: */*;q=x|400"})
    void aMalformedMediaTypeHeaderIsAProblem(String what, String header, int status) {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/echo", "{\"text\":\"a\"}", bearer(), header);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
    }

    @Test
    void anErrorAControllerSendsIsAProblem() {
        ErrorAnswers.assertProblem("sendError", RawHttp.send(port, "GET", "/api/gone", null, bearer()), 410);
    }

    @Test
    void aHeaderTheFirewallRefusesIsABadRequestNotAServerError() {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/note", null, bearer(), "X-Note: a\u0085b");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anOverlongTextNamesTheFieldAndTheRealLimit() {
        JsonNode problem = post("{\"text\":\"" + "x".repeat(200_000) + "\"}", 400);

        assertThat(problem.toString()).doesNotContain("StreamReadConstraints").doesNotContain("getMax");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("text");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("100000")
                .doesNotContain("200000").doesNotContain("127");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NaN|{\"text\":\"a\",\"number\":NaN}|number",
            "Infinity|{\"text\":\"a\",\"number\":-Infinity}|number",
            "leading zero|{\"text\":\"a\",\"number\":007}|number",
            "single quotes|{'text':'a'}|body",
            "trailing comma|{\"text\":\"a\",}|body",
            "cut short|{\"text\":\"a|body"})
    void malformedJsonIsExplainedWithoutTheParsersInternals(String what, String body, String field) {
        JsonNode problem = post(body, 400);

        assertThat(problem.toString()).doesNotContain("JsonReadFeature").doesNotContain("`").doesNotContain("enable ")
                .doesNotContain("tools.jackson").doesNotContain("(code ");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    @Test
    void tooDeepNestingSaysHowDeep() {
        JsonNode problem = post("{\"text\":\"a\",\"extra\":" + "[".repeat(40) + "]".repeat(40) + "}", 400);

        assertThat(problem.toString()).doesNotContain("StreamReadConstraints").contains("32");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lone high surrogate|{\"text\":\"a\\ud800b\"}|text",
            "lone low surrogate|{\"text\":\"\\udc00\"}|text",
            "NUL|{\"text\":\"a\\u0000b\"}|text",
            "surrogate in a nested value|{\"text\":\"a\",\"extra\":{\"k\":[\"ok\",\"\\ud83d\"]}}|extra.k[1]",
            "NUL in a key|{\"text\":\"a\",\"extra\":{\"k\\u0000\":1}}|extra",
            "underflow to zero|{\"text\":\"a\",\"number\":1e-400}|number",
            "overflow to infinity|{\"text\":\"a\",\"number\":1e400}|number",
            "whole number out of range|{\"text\":\"a\",\"count\":99999999999}|count",
            "a number for a text|{\"text\":1e18}|text",
            "true for a text|{\"text\":true}|text"})
    void inputThatWouldBeStoredChangedIsRefusedNamingTheField(String what, String body, String field) {
        JsonNode problem = post(body, 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).as(problem.toString()).isEqualTo(field);
    }

    @Test
    void aFormThatIsNotPercentEncodedUtf8IsABadRequest() {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/echo", "x=%C0%80", bearer(),
                "Content-Type: application/x-www-form-urlencoded");

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
    }

    @Test
    void jsonInAnotherEncodingThanUtf8IsRefused() {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/echo", "{\"text\":\"Trảng Bàng\"}", bearer(),
                "Content-Type: application/json;charset=ISO-8859-1");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"Content-Type\"");
    }

    @Test
    void aPairedSurrogateAndVietnameseTextPass() {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/echo", "{\"text\":\"Trảng Bàng \\ud83d\\ude00\"}",
                bearer(), "Content-Type: application/json");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).contains("Trảng Bàng \uD83D\uDE00");
    }

    @Test
    void aPageBeyondWhatAListCanReachIsRefusedNamingPage() {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/things?size=100&page=21474837", null, bearer());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("errors").get(0).path("field").asString()).isEqualTo("page");
    }

    private JsonNode post(String body, int status) {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/echo", body, bearer(), "Content-Type: application/json");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        return JSON.readTree(answer.body());
    }

    private static String bearer() {
        return "Authorization: Bearer " + TestTokens.staff();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SampleApi.class)
    static class App {
    }

    record Echo(@Size(max = 100_000) String text, Object extra, Double number, Integer count) {
    }

    @RestController
    static class SampleApi {

        @PostMapping("/api/echo")
        Map<String, Object> echo(@Valid @RequestBody Echo echo) {
            return Map.of("text", echo.text());
        }

        @GetMapping("/api/things")
        Map<String, Object> things(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
            Paging paging = Paging.of(page, size, 100);
            return Map.of("page", paging.page(), "size", paging.size());
        }

        @GetMapping("/api/gone")
        void gone(HttpServletResponse response) throws java.io.IOException {
            response.sendError(410);
        }

        @GetMapping("/api/note")
        String note(@RequestHeader("X-Note") String note) {
            return note;
        }
    }
}
