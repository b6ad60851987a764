package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ldld.web.testing.TestTokens;

/**
 * The web console's files at {@code /}: a page address answers {@code index.html} to a browser, never in place of the
 * API, the sign-in addresses or a file; the pages get a policy that lets their own scripts run, the API keeps its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ConsoleTests {

    static final Backend plans = new Backend("plan-service");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("gateway.instances.plan-service", plans::url);
    }

    @AfterAll
    static void stop() {
        plans.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void servesTheConsoleAtTheRootWithAPolicyForItsOwnScripts() {
        String page = client.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", consolePolicy())
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"vi\"").contains("<script type=\"module\"");
    }

    @Test
    void answersThePageForEveryConsoleAddressABrowserOpens() {
        String page = client.get().uri("/my/plans/7d2c/phases/1").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<div id=\"root\"></div>");
    }

    @Test
    void neverAnswersThePageInPlaceOfTheApiTheSignInOrAFile() {
        client.get().uri("/api/plans/x").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/login/oauth2/code/campaign-web").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(200));
        client.get().uri("/actuator/nothing").accept(MediaType.TEXT_HTML).exchange().expectStatus().is4xxClientError();
        client.get().uri("/missing.js").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
        // a client that does not ask for a page gets the 404 problem, with the API's policy
        client.get().uri("/plans").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void letsBrowsersKeepTheHashedAssetsForAYear() {
        String page = client.get().uri("/index.html").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        String asset = page.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        client.get().uri(asset).exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void keepsTheApisOwnPolicyOnItsAnswers() {
        client.get().uri("/api/plans/p").header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    private static String consolePolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }
}
