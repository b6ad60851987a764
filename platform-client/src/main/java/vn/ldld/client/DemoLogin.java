package vn.ldld.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tokens from the identity service without a browser, in plain Java: a person signs in through the
 * {@code platform-cli} client (authorization code with PKCE, the login form filled in by this class, the code read
 * from the redirect to the loopback address and never followed), a machine client by client credentials.
 */
public final class DemoLogin {

    /** The command line's public client. */
    public static final String CLI_CLIENT = "platform-cli";
    /** Its registered redirect URI: nothing listens there, the code is read from the Location header. */
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1/callback";

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoLogin() {
    }

    /**
     * Signs in as a person and returns an access token.
     *
     * @param issuer   the identity service, e.g. {@code http://localhost:9000}
     * @param username the account
     * @param password its password
     * @return the access token (a JWT)
     * @throws IllegalStateException when the service is not reachable, the password is wrong or any step answers
     *                               something unexpected
     */
    public static String accessToken(URI issuer, String username, String password) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        String verifier = randomToken(32);
        String state = randomToken(16);
        URI authorize = resolve(issuer, "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", CLI_CLIENT,
                "redirect_uri", CLI_REDIRECT_URI,
                "scope", "openid profile",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")));

        HttpResponse<String> toLogin = send(http, issuer, get(authorize));
        URI loginPage = redirect(toLogin, authorize, "the authorization endpoint did not ask to sign in");

        HttpResponse<String> page = send(http, issuer, get(loginPage));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("The login page " + loginPage + " answered " + page.statusCode());
        }
        String csrf = csrfToken(page.body())
                .orElseThrow(() -> new IllegalStateException("The login page " + loginPage + " has no _csrf field"));

        HttpResponse<String> signedIn = send(http, issuer, HttpRequest.newBuilder(loginPage)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", password, "_csrf", csrf))))
                .build());
        URI back = redirect(signedIn, loginPage, "signing in as " + username + " failed");
        if (back.getPath() != null && back.getPath().endsWith("/login") && back.getQuery() != null
                && back.getQuery().contains("blocked")) {
            throw new IllegalStateException("Too many failed sign-ins for account '" + username
                    + "' or from this address: the identity service asks to wait before trying again");
        }
        if (back.getPath() != null && back.getPath().endsWith("/login") && back.getQuery() != null
                && back.getQuery().contains("error")) {
            throw new IllegalStateException("Wrong username or password for account '" + username + "'");
        }

        HttpResponse<String> toClient = send(http, issuer, get(back));
        URI callback = redirect(toClient, back, "the authorization endpoint issued no code");
        Map<String, String> answer = query(callback);
        if (answer.containsKey("error")) {
            throw new IllegalStateException("The authorization endpoint refused: " + answer.get("error") + " "
                    + answer.getOrDefault("error_description", ""));
        }
        if (!callback.toString().startsWith(CLI_REDIRECT_URI) || !answer.containsKey("code")) {
            throw new IllegalStateException("The authorization endpoint did not redirect to " + CLI_REDIRECT_URI
                    + " with a code but to " + callback);
        }
        if (!state.equals(answer.get("state"))) {
            throw new IllegalStateException("The authorization endpoint returned another state");
        }

        return token(http, issuer, HttpRequest.newBuilder(resolve(issuer, "/oauth2/token")), Map.of(
                "grant_type", "authorization_code",
                "code", answer.get("code"),
                "redirect_uri", CLI_REDIRECT_URI,
                "client_id", CLI_CLIENT,
                "code_verifier", verifier));
    }

    /**
     * Asks for a machine client's access token.
     *
     * @param issuer   the identity service
     * @param clientId the confidential client
     * @param secret   its secret
     * @return the access token (a JWT)
     * @throws IllegalStateException when the service is not reachable or refuses the client
     */
    public static String clientCredentials(URI issuer, String clientId, String secret) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return token(http, issuer, HttpRequest.newBuilder(resolve(issuer, "/oauth2/token"))
                .header("Authorization", "Basic " + basic), Map.of("grant_type", "client_credentials"));
    }

    private static String token(HttpClient http, URI issuer, HttpRequest.Builder request, Map<String, String> form) {
        HttpResponse<String> response = send(http, issuer, request
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build());
        if (response.statusCode() != 200) {
            String error = find(ERROR, response.body()).orElse("no error code");
            throw new IllegalStateException("The token endpoint answered " + response.statusCode() + " (" + error + ")"
                    + (response.statusCode() == 401 ? ": wrong client id or secret" : ""));
        }
        return find(ACCESS_TOKEN, response.body())
                .orElseThrow(() -> new IllegalStateException("The token endpoint answered no access_token"));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static HttpResponse<String> send(HttpClient http, URI issuer, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (ConnectException ex) {
            throw new IllegalStateException("The identity service at " + issuer + " is not up (connection refused)",
                    ex);
        }
        catch (IOException ex) {
            throw new IllegalStateException("The identity service at " + issuer + " did not answer " + request.uri()
                    + ": " + ex, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to " + issuer, ex);
        }
    }

    private static URI redirect(HttpResponse<String> response, URI from, String problem) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException(problem + ": " + from.getPath() + " answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").map(from::resolve)
                .orElseThrow(() -> new IllegalStateException(problem + ": a redirect without Location"));
    }

    /** @return the CSRF token of the first form of an HTML page */
    static Optional<String> csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static URI resolve(URI issuer, String pathAndQuery) {
        String base = issuer.toString().replaceAll("/+$", "");
        return URI.create(base + pathAndQuery);
    }

    private static String form(Map<String, String> values) {
        return new LinkedHashMap<>(values).entrySet().stream()
                .map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    /** @return {@code n} random bytes, base64url without padding (a PKCE verifier of 32 bytes has 43 characters) */
    static String randomToken(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return the S256 code challenge of a verifier */
    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }
}
