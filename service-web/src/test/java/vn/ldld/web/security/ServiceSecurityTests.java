package vn.ldld.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.ldld.web.testing.TestTokens;

/** The resource-server rules every service gets, on a real server with real (test-key) tokens. */
@SpringBootTest(classes = ServiceSecurityTests.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"platform.security.max-body-size=1000", "logging.structured.format.console="})
class ServiceSecurityTests {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FilterChainProxy securityFilters;

    @ParameterizedTest(name = "{0} token")
    @MethodSource("vn.ldld.web.testing.TestTokens#badTokens")
    void aMissingOrBadTokenGets401AsAProblem(TestTokens.BadToken bad) throws Exception {
        HttpResponse<String> reply = send("GET", "/api/whoami", bad.token(), null);

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reply.body()).contains("\"status\":401").doesNotContain("whoami-data");
    }

    @ParameterizedTest(name = "{0} token")
    @MethodSource("plainWordsForEachBadToken")
    void a401SaysInPlainWordsWhyTheTokenWasRefusedAndNeverTheLibrarysText(String name, String token, String why)
            throws Exception {
        HttpResponse<String> reply = send("GET", "/api/whoami", token, null);

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.body()).contains(why);
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer").doesNotContain("Jwt").doesNotContain("decode").doesNotContain("rejected"));
        assertThat(reply.body()).doesNotContain("Jwt").doesNotContain("decode").doesNotContain("rejected")
                .doesNotContainIgnoringCase("nimbus");
    }

    static Stream<Arguments> plainWordsForEachBadToken() {
        return Stream.of(
                Arguments.of("missing", null, "This needs a bearer token"),
                Arguments.of("expired", TestTokens.expired(), "The token expired at"),
                Arguments.of("wrong signature", TestTokens.wrongSignature(),
                        "signature is not the platform identity service's"),
                Arguments.of("wrong issuer", TestTokens.wrongIssuer(), "issued by another issuer"),
                Arguments.of("wrong audience", TestTokens.wrongAudience(), "not meant for this platform"),
                Arguments.of("alg none", TestTokens.algNone(), "The token is not signed"),
                Arguments.of("not a JWT", "not-a-token", "not a token issued by the platform"));
    }

    @Test
    void theCallerComesFromTheToken() throws Exception {
        HttpResponse<String> reply = send("GET", "/api/whoami", TestTokens.reporter("TB"), null);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("reporter-TB").contains("UNIT_REPORTER").contains("@TB");
    }

    @Test
    void aRoleCheckAnswers403AsAProblem() throws Exception {
        HttpResponse<String> reply = send("GET", "/api/staff-only", TestTokens.reporter("TB"), null);

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(reply.body()).contains("\"title\":\"Forbidden\"");
        assertThat(send("GET", "/api/staff-only", TestTokens.staff(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleThatMayNeverWriteGets403BeforeItsBodyIsRead() throws Exception {
        HttpResponse<String> reply = send("POST", "/api/staff-only", TestTokens.reporter("TB"), "{not json");

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/staff-only", TestTokens.staff(), "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void healthAndApiDocumentsNeedNoToken() throws Exception {
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isNotIn(401, 403);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> reply = send("GET", "/api/whoami", TestTokens.staff(), null);

        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(reply.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void aDeclaredBodyOverTheLimitGets413() throws Exception {
        HttpResponse<String> reply = send("POST", "/api/echo", TestTokens.staff(), "{\"text\":\"" + "x".repeat(2000) + "\"}");

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.body()).contains("\"status\":413");
    }

    @Test
    void aChunkedBodyOverTheLimitGets413AndOneWithinIsRead() throws Exception {
        assertThat(sendChunked(TestTokens.staff(), "{\"text\":\"" + "x".repeat(2000) + "\"}").statusCode())
                .isEqualTo(413);

        HttpResponse<String> small = sendChunked(TestTokens.staff(), "{\"text\":\"Trảng Bàng\"}");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("Trảng Bàng");
    }

    @Test
    void deeplyNestedJsonIsRefusedWith400() throws Exception {
        String deep = "{\"text\":\"a\",\"extra\":" + "[".repeat(40) + "]".repeat(40) + "}";
        HttpResponse<String> reply = send("POST", "/api/echo", TestTokens.staff(), deep);

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theSecurityFiltersUseTheFirewallWhoseCharacterChecksNeedNoRegularExpression() {
        // Spring Security's composite of the filter chains hands each request to the proxy WebSecurity built
        Object built = ReflectionTestUtils.getField(securityFilters, "springSecurityFilterChain");
        HttpFirewall firewall = (HttpFirewall) ReflectionTestUtils.getField(built, "firewall");
        assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
        assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderValues")).asString()
                .contains(FirewallCharacters.class.getSimpleName());
    }

    @Test
    void theBearerTokenIsReadByTheResolverWithoutARegularExpression() {
        Object built = ReflectionTestUtils.getField(securityFilters, "springSecurityFilterChain");
        BearerTokenAuthenticationFilter filter = ((FilterChainProxy) built).getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream()).filter(BearerTokenAuthenticationFilter.class::isInstance)
                .map(BearerTokenAuthenticationFilter.class::cast).findFirst().orElseThrow();
        Object converter = ReflectionTestUtils.getField(filter, "authenticationConverter");
        // the converter Spring Security builds around the resolver the configuration set
        assertThat(Stream.of(converter.getClass().getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(field -> ReflectionTestUtils.getField(converter, field.getName())))
                .anyMatch(BearerHeaderResolver.class::isInstance);
    }

    @Test
    void aControlCharacterInAHeaderGets400AsAProblem() throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/whoami")).header("Authorization", "Bearer " + TestTokens.staff())
                .header("Accept", "application/json\u0085").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reply.body()).doesNotContain("whoami-data");
    }

    @Test
    void anUnknownJsonPropertyIsRefusedAndNamed() throws Exception {
        HttpResponse<String> reply = send("POST", "/api/echo", TestTokens.staff(), "{\"text\":\"a\",\"unit\":\"TB\"}");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"unit\"");
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> sendChunked(String token, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/echo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SampleApi.class)
    static class App {
    }

    record Echo(String text, Object extra) {
    }

    @RestController
    static class SampleApi {

        @GetMapping("/api/whoami")
        String whoami(Caller caller) {
            return "whoami-data " + caller;
        }

        @GetMapping("/api/staff-only")
        @PreAuthorize("hasRole('PROVINCE_STAFF')")
        String staffOnly() {
            return "ok";
        }

        @PostMapping("/api/staff-only")
        @PreAuthorize("hasRole('PROVINCE_STAFF')")
        String staffOnlyWrite(@RequestBody Echo echo) {
            return echo.text();
        }

        @PostMapping("/api/echo")
        Map<String, Object> echo(@RequestBody Echo echo) {
            return Map.of("text", echo.text());
        }
    }
}
