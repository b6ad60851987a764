package vn.ldld.identity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.ldld.client.DemoLogin;

/**
 * The authorization code + PKCE flow of the {@code platform-cli} client, one step at a time as a browser-less client
 * performs it, so a test can check each answer: authorize, login page, sign-in, back to authorize, code, exchange.
 */
public final class PkceLogin {

    public static final String CLIENT = "platform-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final URI issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    private final String state = UUID.randomUUID().toString();

    public PkceLogin(URI issuer) {
        this.issuer = issuer;
    }

    /** @return the verifier whose S256 challenge went to the authorization endpoint */
    public String verifier() {
        return this.verifier;
    }

    /** GET /oauth2/authorize with an S256 challenge: a browser without a session is sent to the login page. */
    public URI startAuthorization() {
        URI authorize = at("/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", CLIENT, "redirect_uri", REDIRECT_URI, "scope", "openid profile",
                "state", this.state, "code_challenge", DemoLogin.challenge(this.verifier),
                "code_challenge_method", "S256")));
        HttpResponse<String> response = send(html(authorize).GET().build());
        assertThat(response.statusCode()).as("authorize without a session").isEqualTo(302);
        URI login = location(response, authorize);
        assertThat(login.getPath()).isEqualTo("/login");
        return login;
    }

    /** GETs the login page, takes its {@code _csrf} field and posts the form; returns where the answer redirects. */
    public URI signIn(URI loginPage, String username, String password) {
        HttpResponse<String> page = send(html(loginPage).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login page has a _csrf field").isTrue();
        HttpResponse<String> answer = send(html(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", password, "_csrf", csrf.group(1)))))
                .build());
        assertThat(answer.statusCode()).as("the answer to the login form").isEqualTo(302);
        return location(answer, loginPage);
    }

    /** GETs a page in the session (the resumed authorization request, the login page after an error). */
    public HttpResponse<String> get(URI uri) {
        return send(html(uri).GET().build());
    }

    /** The whole sign-in: returns the authorization code the endpoint sent to the client's redirect URI. */
    public String code(String username, String password) {
        URI back = signIn(startAuthorization(), username, password);
        assertThat(back.getPath()).as("after signing in, back to the authorization endpoint")
                .isEqualTo("/oauth2/authorize");
        HttpResponse<String> resumed = get(back);
        assertThat(resumed.statusCode()).isEqualTo(302);
        URI callback = location(resumed, back);
        assertThat(callback.toString()).startsWith(REDIRECT_URI + "?");
        Map<String, String> query = query(callback);
        assertThat(query).containsEntry("state", this.state).containsKey("code");
        return query.get("code");
    }

    /** POST /oauth2/token for the code; {@code verifier} {@code null} leaves the code_verifier out. */
    public HttpResponse<String> exchange(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", REDIRECT_URI);
        form.put("client_id", CLIENT);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return send(HttpRequest.newBuilder(at("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build());
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private URI at(String pathAndQuery) {
        return URI.create(this.issuer.toString().replaceAll("/+$", "") + pathAndQuery);
    }

    private static HttpRequest.Builder html(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html");
    }

    private static URI location(HttpResponse<String> response, URI from) {
        return from.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
