package vn.ldld.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import vn.ldld.platform.LocalPlatform;
import vn.ldld.platform.PlatformConfig;
import vn.ldld.client.Tokens;

/**
 * The whole platform as users run it, started once for all end-to-end test classes (it takes most of their time):
 * a real Kafka broker, the MongoDB-wire server, the identity service and every service as its own process, on free
 * ports, stopped when the test JVM ends; and Prometheus scraping them where it is installed.
 */
final class PlatformUnderTest {

    /** HTTP/1.1 as the gateway serves it: no h2c upgrade attempts (one such POST once hung until the client gave up). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static PlatformUnderTest running;

    final PlatformConfig config;
    final LocalPlatform platform;
    final String gateway;
    final Tokens tokens;

    private PlatformUnderTest(PlatformConfig config) {
        this.config = config;
        this.platform = new LocalPlatform(config).stopAllOnJvmExit();
        this.gateway = platform.up().gatewayUrl();
        this.tokens = new Tokens(URI.create(config.issuerUri()));
    }

    static synchronized PlatformUnderTest get() {
        if (running == null) {
            try {
                Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
                Path stateDir = Files.createTempDirectory("e2e-platform");
                PlatformConfig config = PlatformConfig.defaults(repoRoot).withStateDir(stateDir).withFreePorts();
                // Debian's prometheus, where installed, scrapes every instance (DashboardQueriesTests)
                running = new PlatformUnderTest(LocalPlatform.prometheusInstalled() ? config.withPrometheus() : config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    /** @return the URL of the first instance of a service, e.g. {@code report-service} */
    String serviceUrl(String service) {
        return platform.summary().serviceUrls().get(service).get(0);
    }

    /** Sends a request with a bearer token (or none) and optional header name/value pairs. */
    static HttpResponse<String> send(String method, String url, String token, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
