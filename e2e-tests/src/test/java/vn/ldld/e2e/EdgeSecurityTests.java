package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.e2e.PlatformUnderTest.send;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.web.testing.TestTokens;

/**
 * The platform's edge as the users meet it, with tokens from the running identity service: a unit sees and
 * changes only its own reports (404 for another's, 403 to submit for another or to publish), no token or a forged
 * one is refused at the gateway and at every service's own port, a flood from one unit is limited while another
 * unit is served, an oversized body is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeSecurityTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> SERVICES = List.of("plan-service", "report-service", "notification-service",
            "analytics-service");

    static PlatformUnderTest platform;
    static String gateway;
    static String planId;
    static String trangBangReport;

    @BeforeAll
    static void publishAPlanAndLetTrangBangReport() {
        platform = PlatformUnderTest.get();
        gateway = platform.gateway;
        String staff = platform.tokens.of("staff");
        ObjectNode draft = (ObjectNode) JSON.readTree(new EventContracts().example("plan-published")).get("plan");
        for (String assigned : List.of("planId", "version", "number", "sequence", "year", "issuedOn")) {
            draft.remove(assigned);
        }
        draft.get("phases").forEach(phase -> ((ObjectNode) phase).remove("timeZone"));
        HttpResponse<String> created = send("POST", gateway + "/api/plans", staff, JSON.writeValueAsString(draft));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        planId = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = send("POST", gateway + "/api/plans/" + planId + "/publish", staff, null,
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        String trangBang = platform.tokens.of("ldld-tb");
        await().atMost(Duration.ofSeconds(60)).until(() -> submit(trangBang, "LDLD-TB").statusCode() != 404);
        HttpResponse<String> mine = send("GET", gateway + "/api/reports?planId=" + planId, trangBang, null);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        trangBangReport = JSON.readTree(mine.body()).path("items").get(0).path("id").asString();
    }

    @Test
    @Order(1)
    void aUnitReadsItsOwnReportWithItsToken() {
        HttpResponse<String> own = send("GET", gateway + "/api/reports/" + trangBangReport,
                platform.tokens.of("ldld-tb"), null);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).path("unit").path("code").asString()).isEqualTo("LDLD-TB");
    }

    @Test
    @Order(1)
    void aRetriedSubmissionIsAnsweredTheOriginalByteForByteInTheShapeOfARead() {
        String hoaThanh = platform.tokens.of("ldld-ht");
        String key = "\"e2e-replay-" + UUID.randomUUID() + "\"";
        HttpResponse<String> first = send("POST", gateway + "/api/reports", hoaThanh, reportBody("LDLD-HT"),
                "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String id = JSON.readTree(first.body()).path("id").asString();

        HttpResponse<String> retry = send("POST", gateway + "/api/reports", hoaThanh, reportBody("LDLD-HT"),
                "Idempotency-Key", key);
        HttpResponse<String> read = send("GET", gateway + "/api/reports/" + id, hoaThanh, null);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        for (String header : List.of("Location", "ETag", "Content-Type")) {
            assertThat(retry.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header));
        }
        assertThat(read.body()).isEqualTo(first.body());
        assertThat(JSON.readTree(first.body()).path("unit").path("code").asString()).isEqualTo("LDLD-HT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "report-service"})
    @Order(2)
    void anotherUnitCannotReadOrChangeTheReportByAnyEndpoint(String via) {
        String base = via.equals("gateway") ? gateway : platform.serviceUrl(via);
        String hoaThanh = platform.tokens.of("ldld-ht");
        String report = base + "/api/reports/" + trangBangReport;

        List<HttpResponse<String>> answers = List.of(
                send("GET", report, hoaThanh, null),
                send("GET", report + "/revisions", hoaThanh, null),
                send("PUT", report, hoaThanh, "{\"values\":{},\"narrative\":{}}", "If-Match", "\"1\""));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Trảng Bàng").doesNotContain("LDLD-TB");
        });
        HttpResponse<String> list = send("GET", base + "/api/reports?planId=" + planId + "&unit=LDLD-TB", hoaThanh,
                null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(trangBangReport);
        assertThat(send("POST", report + "/accept", hoaThanh, "{}").statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "report-service"})
    @Order(3)
    void aUnitCannotSubmitForAnotherUnit(String via) {
        String base = via.equals("gateway") ? gateway : platform.serviceUrl(via);
        HttpResponse<String> answer = send("POST", base + "/api/reports", platform.tokens.of("ldld-ht"),
                reportBody("LDLD-TB"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "plan-service"})
    @Order(4)
    void aUnitCannotPublishAPlan(String via) {
        String base = via.equals("gateway") ? gateway : platform.serviceUrl(via);
        HttpResponse<String> answer = send("POST", base + "/api/plans/" + planId + "/publish",
                platform.tokens.of("ldld-tb"), null, "If-Match", "\"1\"");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void noTokenOrAForgedOneIsRefusedAtTheGatewayAndAtEveryServicePort() {
        String forged = TestTokens.token().issuer(platform.config.issuerUri()).subject("staff")
                .roles("PROVINCE_STAFF").sign();
        List<String> bases = new ArrayList<>(List.of(gateway));
        SERVICES.forEach(service -> bases.add(platform.serviceUrl(service)));
        for (String base : bases) {
            for (String path : List.of("/api/plans", "/api/reports", "/api/notifications", "/api/analytics/rebuild")) {
                if (!base.equals(gateway) && !servedBy(base, path)) {
                    continue;
                }
                String method = path.endsWith("rebuild") ? "POST" : "GET";
                for (String token : new String[] {null, forged, TestTokens.algNone()}) {
                    HttpResponse<String> answer = send(method, base + path, token, null);
                    assertThat(answer.statusCode()).as("%s %s%s", method, base, path).isEqualTo(401);
                    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                }
            }
        }
    }

    @Test
    @Order(6)
    void theMachineClientReadsAnalyticsAndNothingElse() {
        String machine = platform.tokens.of("provincial-hub");

        assertThat(send("GET", gateway + "/api/analytics/plans/" + planId, machine, null).statusCode())
                .isIn(200, 404);
        assertThat(send("GET", gateway + "/api/reports?planId=" + planId, machine, null).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void anOversizedBodyIsRefusedAtTheGatewayAndAChunkedOneAtTheService() throws Exception {
        String huge = reportBody("LDLD-TB").replace("\"narrative\":{", "\"narrative\":{\"RESULTS\":\""
                + "x".repeat(400_000) + "\",");
        String token = platform.tokens.of("ldld-tb");

        HttpResponse<String> declared = send("POST", gateway + "/api/reports", token, huge);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = PlatformUnderTest.HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.serviceUrl("report-service") + "/api/reports"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    @Order(8)
    void aFloodFromOneUnitIsLimitedWhileAnotherUnitIsServed() {
        String flooding = platform.tokens.of("cdn-gd");
        String other = platform.tokens.of("ldld-gd");

        List<CompletableFuture<HttpResponse<String>>> flood = IntStream.range(0, 80)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> send("GET", gateway + "/api/notifications",
                        flooding, null, "X-Request-Id", "flood-" + i)))
                .toList();
        List<HttpResponse<String>> answers = flood.stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> limited = answers.stream().filter(a -> a.statusCode() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(limited.get(0).headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(limited.get(0).headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(send("GET", gateway + "/api/notifications", other, null).statusCode()).isEqualTo(200);
    }

    private static boolean servedBy(String base, String path) {
        String service = SERVICES.stream().filter(s -> platform.serviceUrl(s).equals(base)).findFirst().orElseThrow();
        return switch (service) {
            case "plan-service" -> path.startsWith("/api/plans");
            case "report-service" -> path.startsWith("/api/reports");
            case "notification-service" -> path.startsWith("/api/notifications");
            default -> path.startsWith("/api/analytics");
        };
    }

    private static HttpResponse<String> submit(String token, String unit) {
        return send("POST", gateway + "/api/reports", token, reportBody(unit), "Idempotency-Key",
                "\"e2e-" + UUID.randomUUID() + "\"");
    }

    private static String reportBody(String unit) {
        ObjectNode body = JSON.createObjectNode().put("planId", planId).put("phaseNumber", 1).put("unitCode", unit);
        JsonNode example = JSON.readTree(new EventContracts().example("report-submitted"));
        body.set("values", example.path("values"));
        body.set("narrative", example.path("narrative"));
        return JSON.writeValueAsString(body);
    }
}
