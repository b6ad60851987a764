package vn.ldld.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ldld.client.DemoLogin;
import vn.ldld.identity.testing.TestIssuer;
import vn.ldld.web.testing.RawHttp;

/**
 * Every error the identity service answers, over real HTTP: problem+json with the correlation id for API clients
 * (the token endpoint keeps OAuth's own JSON and carries the id in {@code X-Request-Id}), a small Vietnamese page for
 * a person whose browser was sent with a bad sign-in request; forged forwarded headers change nothing; the service
 * listens on the loopback address only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ErrorAnswersTests {

    private static final TestIssuer SERVER = new TestIssuer();
    private static final int PORT = SERVER.port;
    private static final URI ISSUER = SERVER.uri;
    private static final String AUTHORIZE = "/oauth2/authorize?response_type=code&client_id=platform-cli"
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s1";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SERVER.register(registry);
    }

    @Test
    void forgedForwardedHeadersDoNotChangeWhereTheBrowserIsSent() {
        RawHttp.Answer forged = RawHttp.get(PORT, AUTHORIZE + "&redirect_uri=http://127.0.0.1/callback",
                "Accept: text/html", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
                "X-Forwarded-Port: 443", "Forwarded: host=evil.example;proto=https");
        RawHttp.Answer host = RawHttp.send(PORT, "GET " + AUTHORIZE + "&redirect_uri=http://127.0.0.1/callback"
                + " HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

        for (RawHttp.Answer answer : new RawHttp.Answer[] {forged, host}) {
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("Location")).isEqualTo("/login");
            assertThat(answer.headers().toString()).doesNotContain("evil.example");
        }
    }

    @Test
    void aBrowserSentWithAnUnregisteredRedirectUriSeesAVietnamesePage() throws Exception {
        HttpResponse<String> page = get(AUTHORIZE + "&redirect_uri=https://evil.example/cb", "text/html",
                "page-1");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"vi\"").contains("Không thể đăng nhập")
                .contains("redirect_uri").contains("page-1").doesNotContain("Whitelabel");
        assertThat(page.headers().firstValue("X-Request-Id")).hasValue("page-1");
        assertThat(page.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anApiClientWithAnUnregisteredRedirectUriOrAnUnknownClientGetsAProblem() throws Exception {
        HttpResponse<String> redirect = get(AUTHORIZE + "&redirect_uri=https://evil.example/cb", "application/json",
                "problem-1");
        assertProblem(redirect, 400, "problem-1");
        assertThat(this.json.readTree(redirect.body()).get("detail").asString()).contains("redirect_uri");
        assertThat(this.json.readTree(redirect.body()).get("instance").asString()).isEqualTo("/oauth2/authorize");

        HttpResponse<String> client = get(AUTHORIZE.replace("platform-cli", "no-such-client")
                + "&redirect_uri=http://127.0.0.1/callback", "application/json", "problem-2");
        assertProblem(client, 400, "problem-2");
        assertThat(this.json.readTree(client.body()).get("detail").asString()).contains("client_id");
    }

    @Test
    void otherAuthorizationErrorsStillGoBackToTheClientAsTheProtocolSays() throws Exception {
        HttpResponse<String> answer = get(AUTHORIZE + "&scope=openid%20no-such-scope"
                + "&redirect_uri=http://127.0.0.1/callback", "text/html", "redirect-1");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .startsWith("http://127.0.0.1/callback?error=invalid_scope").contains("state=s1");
    }

    @Test
    void theTokenEndpointWithoutClientAuthenticationAnswersOAuthJsonWithTheCorrelationId() throws Exception {
        HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(ISSUER.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Request-Id", "token-1")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("token-1");
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        JsonNode error = this.json.readTree(answer.body());
        assertThat(error.get("error").asString()).isEqualTo("invalid_client");
        assertThat(error.get("error_description").asString()).isNotBlank();
    }

    @Test
    void aWrongClientSecretKeepsTheOAuthShapeAndCarriesTheCorrelationId() throws Exception {
        HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(ISSUER.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Request-Id", "token-2")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=provincial-hub&client_secret=wrong")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("token-2");
        assertThat(this.json.readTree(answer.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void userInfoWithoutATokenIsAProblemWithABearerChallenge() throws Exception {
        HttpResponse<String> answer = get("/userinfo", "application/json", "userinfo-1");

        assertProblem(answer, 401, "userinfo-1");
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).doesNotContain("evil");
    }

    @Test
    void anUnknownPathIsAProblemWithTheCorrelationId() throws Exception {
        assertProblem(get("/somewhere", "application/json", "unknown-1"), 401, "unknown-1");
    }

    @Test
    void aRequestTomcatCannotParseIsAProblemToo() {
        RawHttp.Answer answer = RawHttp.get(PORT, "/oauth2/jwks?unit[$ne]=x");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = this.json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("correlationId").asString()).isNotBlank();
        assertThat(answer.header("X-Request-Id")).isEqualTo(problem.get("correlationId").asString());
        assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void theServiceListensOnTheLoopbackAddressOnly() throws Exception {
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .filter(nic -> { try { return nic.isUp() && !nic.isLoopback(); } catch (IOException e) { return false; } })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no address but loopback");

        assertThat(DemoLogin.clientCredentials(ISSUER, "provincial-hub", "hub-secret")).isNotBlank();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), PORT), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(String path, String accept, String requestId)
            throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(ISSUER.resolve(path)).header("Accept", accept)
                .header("X-Request-Id", requestId).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void assertProblem(HttpResponse<String> answer, int status, String correlationId) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue(correlationId);
        JsonNode problem = this.json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("correlationId").asString()).isEqualTo(correlationId);
    }
}
