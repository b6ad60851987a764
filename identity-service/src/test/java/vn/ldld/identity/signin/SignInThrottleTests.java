package vn.ldld.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ldld.client.DemoLogin;
import vn.ldld.identity.testing.TestIssuer;
import vn.ldld.identity.testing.PkceLogin;

/**
 * Guessing passwords and client secrets over real HTTP: after a few failures an account or a client must wait, longer
 * each time; a person is told on the login page, in Vietnamese, how long; a machine client gets 429 with
 * {@code Retry-After}. Here three failures are free and the first wait is a minute, so no test depends on speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "identity.throttle.free-failures=3", "identity.throttle.first-wait=1m",
        "identity.throttle.address.failures=1000"})
class SignInThrottleTests {

    private static final TestIssuer SERVER = new TestIssuer();
    private static final URI ISSUER = SERVER.uri;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SERVER.register(registry);
    }

    @Test
    void anAccountWithTooManyWrongPasswordsWaitsAndTheLoginPageSaysHowLongInVietnamese() {
        for (int i = 0; i < 3; i++) {
            PkceLogin login = new PkceLogin(ISSUER);
            URI answer = login.signIn(login.startAuthorization(), "ldld-tc", "wrong-" + i);
            assertThat(answer.getPath()).isEqualTo("/login");
            assertThat(answer.getQuery()).isEqualTo("error");
        }

        PkceLogin login = new PkceLogin(ISSUER);
        URI answer = login.signIn(login.startAuthorization(), "ldld-tc", "demo");

        assertThat(answer.getPath()).as("even the right password waits").isEqualTo("/login");
        assertThat(answer.getQuery()).isEqualTo("blocked");
        HttpResponse<String> page = login.get(answer);
        assertThat(page.statusCode()).isEqualTo(200);
        String text = page.body().replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        assertThat(text).contains("Bạn đã đăng nhập sai quá nhiều lần")
                .containsPattern("thử lại sau (60|[1-5][0-9]|[1-9]) giây");
        assertThatThrownBy(() -> DemoLogin.accessToken(ISSUER, "ldld-tc", "demo"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Too many failed sign-ins");

        assertThat(new PkceLogin(ISSUER).code("ldld-bc", "demo")).as("another account is not held up").isNotBlank();
    }

    @Test
    void aClientWithTooManyWrongSecretsGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = clientCredentials("provincial-hub", "wrong-" + i);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(this.json.readTree(wrong.body()).get("error").asString()).isEqualTo("invalid_client");
        }

        HttpResponse<String> waiting = clientCredentials("provincial-hub", "hub-secret");

        assertThat(waiting.statusCode()).as("even the right secret waits").isEqualTo(429);
        assertThat(Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(waiting.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(waiting.headers().firstValue("X-Request-Id")).isPresent();
        JsonNode error = this.json.readTree(waiting.body());
        assertThat(error.get("error").asString()).isEqualTo("slow_down");
        assertThat(error.get("error_description").asString()).contains("Retry-After");
        assertThat(waiting.body()).doesNotContain("access_token");
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret)
            throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(ISSUER.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
