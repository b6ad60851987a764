package vn.ldld.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ldld.web.testing.TestTokens;

/**
 * The console's browsers at the gateway: sent to the identity service with PKCE, holding only an HttpOnly session
 * cookie, their session's access token relayed to the services, every unsafe call needing the CSRF token, never a
 * redirect for a script; bearer-token callers untouched by any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.public-url=https://bao-cao.ldld.example", "gateway.rate-limit.budgets.anonymous.rate=100000",
        "gateway.rate-limit.budgets.anonymous.burst=100000"})
class BrowserSessionTests {

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
    ApplicationContext context;

    @Autowired
    ReactiveClientRegistrationRepository registrations;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build();
    }

    @Test
    void sendsTheBrowserToTheIdentityServiceWithPkceAndAnHttpOnlySessionCookie() {
        var answer = client.get().uri("/oauth2/authorization/campaign-web").exchange().expectStatus().isFound()
                .returnResult(Void.class);
        URI location = answer.getResponseHeaders().getLocation();
        Map<String, List<String>> query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(location.toString()).startsWith(TestTokens.ISSUER + "/oauth2/authorize?");
        assertThat(query.get("client_id")).containsExactly("campaign-web");
        assertThat(query.get("code_challenge_method")).containsExactly("S256");
        assertThat(query.get("code_challenge")).singleElement().asString().hasSizeGreaterThan(40);
        // back to the address users reach the gateway at, whatever address a proxy forwarded the request to
        assertThat(query.get("redirect_uri")).containsExactly("https://bao-cao.ldld.example/login/oauth2/code/campaign-web");
        ResponseCookie session = answer.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void tellsAScriptThatNobodyIsSignedInWith401NotARedirect() {
        client.get().uri("/session").accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.LOCATION);
        client.get().uri("/api/plans/p").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION);
    }

    @Test
    void saysWhoIsSignedInAndGivesTheCsrfTokenCookie() {
        var answer = client.mutateWith(staff()).get().uri("/session").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody().jsonPath("$.username").isEqualTo("staff")
                .jsonPath("$.name").isEqualTo("Văn phòng LĐLĐ tỉnh Tây Ninh")
                .jsonPath("$.roles[0]").isEqualTo("PROVINCE_STAFF")
                .jsonPath("$.unit").doesNotExist()
                .returnResult();
        ResponseCookie token = answer.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).as("the console reads it").isFalse();
    }

    @Test
    void signsOutASessionWhoseAccessTokenCannotBeRenewedWith401NotA500() {
        // signed in, but no token left in the session to relay (refresh token expired, identity service restarted)
        client.mutateWith(staff()).get().uri("/api/plans/relayed").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The sign-in session has ended; sign in again.");
        assertThat(plans.receivedOn("/api/plans/relayed")).isEmpty();
    }

    @Test
    void refusesAnUnsafeCallFromASignedInBrowserWithoutItsCsrfToken() {
        client.mutateWith(staff()).post().uri("/api/plans/forged").cookie("SESSION", "x")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("CSRF token"));
        assertThat(plans.receivedOn("/api/plans/forged")).isEmpty();

        // with its token the call gets past the CSRF check (and on to the token relay)
        client.mutateWith(staff()).mutateWith(csrf()).post().uri("/api/plans/with-token").cookie("SESSION", "x")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("The sign-in session has ended; sign in again.");
    }

    @Test
    void leavesBearerTokenCallersAsTheyWere() {
        // a machine client's POST needs no CSRF token, even with a stray session cookie, and its token goes on as is
        String token = TestTokens.staff();
        client.post().uri("/api/plans/machine").cookie("SESSION", "stray").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
        assertThat(plans.receivedOn("/api/plans/machine")).singleElement()
                .satisfies(received -> assertThat(received.header("Authorization")).isEqualTo("Bearer " + token));
        client.post().uri("/api/plans/anonymous").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void signsOutAndHandsTheBrowserTheIdentityServicesEndSessionAddress() {
        client.mutateWith(staff()).post().uri("/logout").cookie("SESSION", "x").exchange().expectStatus().isForbidden();
        client.mutateWith(staff()).mutateWith(csrf()).post().uri("/logout").cookie("SESSION", "x")
                .accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.redirectUrl").value(url -> assertThat(url.toString())
                        .startsWith(TestTokens.ISSUER + "/connect/logout?id_token_hint=")
                        .contains("client_id=campaign-web")
                        .endsWith("post_logout_redirect_uri=https://bao-cao.ldld.example/"));
    }

    private OidcLoginMutator staff() {
        return mockOidcLogin()
                .clientRegistration(registrations.findByRegistrationId("campaign-web").block())
                .idToken(token -> token.subject("staff").claim("name", "Văn phòng LĐLĐ tỉnh Tây Ninh")
                        .claim("roles", List.of("PROVINCE_STAFF")))
                .authorities(new SimpleGrantedAuthority("ROLE_PROVINCE_STAFF"));
    }
}
