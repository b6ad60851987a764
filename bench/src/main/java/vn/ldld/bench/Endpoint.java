package vn.ldld.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

/**
 * Where requests are sent and as whom: report-service directly or the gateway, with a province staff token (staff may
 * submit on a unit's behalf, naming the unit in the body, which is how the benchmark submits for made-up units).
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:8080}
 * @param token the account whose access token every request carries
 */
public record Endpoint(String baseUrl, StaffToken token) {

    private static final int READ_ATTEMPTS = 10;

    HttpRequest.Builder request(String path) {
        return request(path, token.get());
    }

    HttpRequest.Builder request(String path, String bearerToken) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + bearerToken);
    }

    /**
     * {@code GET path}, tried again a few times, a second apart, while it gets no answer or a 5xx.
     *
     * @return the 200 answer's JSON
     * @throws IllegalStateException for another answer, or none after the last try
     */
    JsonNode getJson(HttpClient http, String path) throws InterruptedException {
        String last = "no answer";
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            try {
                String bearer = token.get();
                HttpResponse<String> reply = http.send(request(path, bearer).timeout(Duration.ofSeconds(30)).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return RushPlan.JSON.readTree(reply.body());
                }
                last = "answered " + reply.statusCode();
                if (reply.statusCode() == 401) {
                    token.refused(bearer);
                } else if (reply.statusCode() < 500) {
                    break;
                }
            } catch (IOException | IllegalStateException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("GET " + baseUrl + path + ": " + last);
    }
}
