package vn.ldld.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ldld.identity.account.Account;
import vn.ldld.identity.account.AccountDirectory;
import vn.ldld.client.DemoLogin;
import vn.ldld.identity.testing.FreePort;
import vn.ldld.identity.testing.PkceLogin;

/** The issuer over real HTTP: discovery, keys, both grant types, the sign-in and its failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityServerTests {

    private static final int PORT = FreePort.find();
    private static final URI ISSUER = URI.create("http://localhost:" + PORT);
    private static final Path KEY_FILE = temporaryKeyFile();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final JwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
    private final AccountDirectory accounts;
    private final RegisteredClientRepository clients;

    @Autowired
    IdentityServerTests(AccountDirectory accounts, RegisteredClientRepository clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("identity.issuer-uri", ISSUER::toString);
        registry.add("identity.key.file", KEY_FILE::toString);
    }

    @Test
    void discoveryDocumentNamesTheConfiguredIssuerAndItsEndpoints() throws Exception {
        HttpResponse<String> response = get("/.well-known/openid-configuration", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = this.json.readTree(response.body());
        assertThat(document.get("issuer").asString()).isEqualTo(ISSUER.toString());
        assertThat(document.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(document.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(document.get("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(document.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void jwksPublishesOnePublicRsaKeyWithAKeyId() throws Exception {
        HttpResponse<String> response = get("/oauth2/jwks", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode keys = this.json.readTree(response.body()).get("keys");
        assertThat(keys.size()).isEqualTo(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("kid").asString()).isNotBlank();
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).as("no private part").isFalse();
        assertThat(key.has("p")).as("no private part").isFalse();
    }

    @Test
    void clientCredentialsGiveTheMachineClientAViewerTokenForThePlatform() {
        String token = DemoLogin.clientCredentials(ISSUER, "provincial-hub", "hub-secret");

        Jwt jwt = this.decoder.decode(token);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER.toString());
        assertThat(jwt.getAudience()).containsExactly("ldld-api");
        assertThat(jwt.getSubject()).isEqualTo("provincial-hub");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("VIEWER");
        assertThat(jwt.hasClaim("unit")).isFalse();
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(30 * 60));
    }

    @Test
    void aWrongClientSecretIsRefusedWith401() throws Exception {
        HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(ISSUER.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("provincial-hub:wrong".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
        assertThatThrownBy(() -> DemoLogin.clientCredentials(ISSUER, "provincial-hub", "wrong"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("401");
    }

    @Test
    void aUnitReporterSignsInWithPkceAndGetsItsUnitInTheToken() throws Exception {
        PkceLogin login = new PkceLogin(ISSUER);
        String code = login.code("ldld-tb", "demo");

        HttpResponse<String> response = login.exchange(code, login.verifier());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = this.json.readTree(response.body());
        Jwt access = this.decoder.decode(tokens.get("access_token").asString());
        assertThat(access.getClaimAsString("iss")).isEqualTo(ISSUER.toString());
        assertThat(access.getSubject()).isEqualTo("ldld-tb");
        assertThat(access.getAudience()).containsExactly("ldld-api");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("UNIT_REPORTER");
        assertThat(access.getClaimAsString("unit")).isEqualTo("LDLD-TB");
        assertThat(access.getClaimAsString("name")).isEqualTo("Liên đoàn Lao động thị xã Trảng Bàng");

        Jwt id = this.decoder.decode(tokens.get("id_token").asString());
        assertThat(id.getAudience()).containsExactly("platform-cli");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("UNIT_REPORTER");
        assertThat(id.getClaimAsString("unit")).isEqualTo("LDLD-TB");
    }

    @Test
    void demoLoginGivesStaffATokenWithoutUnit() {
        Jwt jwt = this.decoder.decode(DemoLogin.accessToken(ISSUER, "staff", "demo"));

        assertThat(jwt.getSubject()).isEqualTo("staff");
        assertThat(jwt.getAudience()).containsExactly("ldld-api");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROVINCE_STAFF");
        assertThat(jwt.hasClaim("unit")).isFalse();
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Văn phòng LĐLĐ tỉnh Tây Ninh");
    }

    @Test
    void demoLoginWorksForEveryDemoUnitAccount() {
        Jwt jwt = this.decoder.decode(DemoLogin.accessToken(ISSUER, "pct-bchqs-tn", "demo"));

        assertThat(jwt.getClaimAsString("unit")).isEqualTo("PCT-BCHQS-TN");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Phòng Chính trị, Bộ Chỉ huy Quân sự tỉnh Tây Ninh");
    }

    @Test
    void aWrongPasswordLeadsBackToTheLoginPageWithAnErrorAndNoCode() {
        PkceLogin login = new PkceLogin(ISSUER);

        URI answer = login.signIn(login.startAuthorization(), "ldld-tb", "not-the-password");

        assertThat(answer.getPath()).isEqualTo("/login");
        assertThat(answer.getQuery()).contains("error");
        assertThat(PkceLogin.query(answer)).doesNotContainKey("code");
        HttpResponse<String> page = login.get(answer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("role=\"alert\"")
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThatThrownBy(() -> DemoLogin.accessToken(ISSUER, "ldld-tb", "not-the-password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Wrong username or password");
    }

    @Test
    void theCodeExchangeWithoutVerifierIsAnInvalidGrant() throws Exception {
        PkceLogin login = new PkceLogin(ISSUER);

        HttpResponse<String> response = login.exchange(login.code("ldld-tb", "demo"), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(this.json.readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void theCodeExchangeWithAWrongVerifierIsAnInvalidGrant() throws Exception {
        PkceLogin login = new PkceLogin(ISSUER);
        String code = login.code("ldld-tb", "demo");

        HttpResponse<String> response = login.exchange(code, new PkceLogin(ISSUER).verifier());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(this.json.readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void demoLoginSaysWhenTheServiceIsNotUp() {
        URI nobody = URI.create("http://localhost:" + FreePort.find());

        assertThatThrownBy(() -> DemoLogin.accessToken(nobody, "staff", "demo"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not up");
        assertThatThrownBy(() -> DemoLogin.clientCredentials(nobody, "provincial-hub", "hub-secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not up");
    }

    @Test
    void actuatorHealthAndPrometheusAreOpen() throws Exception {
        assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"identity-service\"");
    }

    @Test
    void theLoginPageIsServedWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/login", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void anUnknownPathForAnApiClientIsAProblem() throws Exception {
        HttpResponse<String> response = get("/somewhere", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        JsonNode problem = this.json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/somewhere");
    }

    @Test
    void theKeyFileIsWrittenForTheOwnerOnly() throws Exception {
        assertThat(Files.exists(KEY_FILE)).isTrue();
        assertThat(Files.getPosixFilePermissions(KEY_FILE))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theDemoAccountsAreConfiguredWithAUnitAccountPerDemoUnit() {
        assertThat(this.accounts.size()).isEqualTo(24);
        assertThat(this.accounts.find("viewer").orElseThrow().roles()).containsExactly("VIEWER");
        for (String unit : List.of("LDLD-TPTN", "LDLD-HT", "LDLD-TB", "LDLD-TBI", "LDLD-TC", "LDLD-DMC", "LDLD-CT",
                "LDLD-GD", "LDLD-BC", "CDN-GD", "CDN-YT", "CDN-CT", "CDVC-TN", "BTG-TLD", "BDV-TU-TN",
                "PCT-BCHQS-TN", "CDCS-TB-GD", "CDCS-TB-YT", "CDCS-TB-KCN", "CDCS-TB-PT")) {
            Account account = this.accounts.find(unit.toLowerCase(Locale.ROOT)).orElseThrow();
            assertThat(account.unit()).isEqualTo(unit);
            assertThat(account.roles()).containsExactly("UNIT_REPORTER");
        }
        assertThat(this.accounts.find("cdn-yt").orElseThrow().displayName())
                .isEqualTo("Công đoàn ngành Y tế tỉnh Tây Ninh");
        // one district federation's office reviews the reports of the units under it
        assertThat(this.accounts.find("ldld-tb-staff").orElseThrow().roles()).containsExactly("UNIT_STAFF");
        assertThat(this.accounts.find("ldld-tb-staff").orElseThrow().unit()).isEqualTo("LDLD-TB");
        // a sibling district's office
        assertThat(this.accounts.find("ldld-ht-staff").orElseThrow().roles()).containsExactly("UNIT_STAFF");
        assertThat(this.accounts.find("ldld-ht-staff").orElseThrow().unit()).isEqualTo("LDLD-HT");
    }

    @Test
    void theClientsAreRegisteredAsConfigured() {
        RegisteredClient web = this.clients.findByClientId("campaign-web");
        // the gateway signs the console's browsers in: a confidential client, PKCE required as well
        assertThat(web.getClientAuthenticationMethods()).contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(web.getClientSecret()).startsWith("{bcrypt}");
        assertThat(web.getAuthorizationGrantTypes()).containsExactlyInAnyOrder(
                AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(web.getRedirectUris()).containsExactlyInAnyOrder(
                "http://localhost:8080/login/oauth2/code/campaign-web",
                "http://localhost:5173/login/oauth2/code/campaign-web");
        assertThat(web.getPostLogoutRedirectUris()).containsExactlyInAnyOrder("http://localhost:8080/",
                "http://localhost:5173/");
        assertThat(web.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(web.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(web.getClientSettings().isRequireAuthorizationConsent()).isFalse();

        RegisteredClient cli = this.clients.findByClientId("platform-cli");
        assertThat(cli.getRedirectUris()).containsExactly("http://127.0.0.1/callback");
        assertThat(cli.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(cli.getClientSettings().isRequireAuthorizationConsent()).isFalse();

        RegisteredClient hub = this.clients.findByClientId("provincial-hub");
        assertThat(hub.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(hub.getClientSecret()).startsWith("{bcrypt}");
        assertThat(hub.getScopes()).containsExactly("analytics.read");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(ISSUER.resolve(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Path temporaryKeyFile() {
        try {
            return Files.createTempDirectory("identity-test").resolve("keys").resolve("jwk.json");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
