package vn.ldld.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * Submits a unit's report the way a careful client does (the web console keeps what was typed and reuses the
 * Idempotency-Key): a request that gets no answer (no connection, none within the timeout) or an answer that says
 * "try again" (a 5xx, 429, a 409 with {@code Retry-After} while the same key is in flight, a 401 after the token
 * is renewed) is sent again, same body, same key, after a pause that doubles from 200 ms up to a cap, with jitter
 * and at least the {@code Retry-After}; until an answer comes or the give-up time has passed.
 */
public final class PatientClient {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    /**
     * What came of one submission.
     *
     * @param unit the unit code
     * @param status the final answer's HTTP status; {@link #GAVE_UP} if none came before the give-up time
     * @param reportId the report id of a 201, else null
     * @param attempts requests sent
     * @param answeredAt when the final answer came
     */
    public record Outcome(String unit, int status, String reportId, int attempts, Instant answeredAt) {

        public static final int GAVE_UP = -1;

        public boolean accepted() {
            return status == 201;
        }
    }

    private final HttpClient http;
    private final Endpoint endpoint;
    private final Answers answers;
    private final Duration timeout;
    private final Duration maxPause;
    private final Duration giveUpAfter;

    /**
     * @param answers where every answer (and every request left unanswered) is counted
     * @param timeout how long one request waits for its answer
     * @param maxPause the longest pause between two attempts
     * @param giveUpAfter how long one submission keeps trying
     */
    public PatientClient(HttpClient http, Endpoint endpoint, Answers answers, Duration timeout, Duration maxPause,
                         Duration giveUpAfter) {
        this.http = http;
        this.endpoint = endpoint;
        this.answers = answers;
        this.timeout = timeout;
        this.maxPause = maxPause;
        this.giveUpAfter = giveUpAfter;
    }

    /** Sends {@code body} to {@code POST /api/reports} with {@code key} until it is answered. */
    public Outcome submit(String unit, String body, String key) throws InterruptedException {
        long giveUpAt = System.nanoTime() + giveUpAfter.toNanos();
        Duration pause = FIRST_PAUSE;
        int attempts = 0;
        while (true) {
            attempts++;
            Duration wait = Duration.ZERO;
            try {
                String token = endpoint.token().get();
                HttpResponse<String> reply = http.send(endpoint.request("/api/reports", token).timeout(timeout)
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.status(reply.statusCode());
                if (reply.statusCode() == 401) {
                    endpoint.token().refused(token);
                } else if (!tryAgain(reply)) {
                    return new Outcome(unit, reply.statusCode(), reportId(reply), attempts, Instant.now());
                }
                wait = retryAfter(reply);
            } catch (IOException | IllegalStateException noAnswer) {
                // IllegalStateException: no token, the identity service is out of reach
                answers.noAnswer(noAnswer);
            }
            if (System.nanoTime() > giveUpAt) {
                return new Outcome(unit, Outcome.GAVE_UP, null, attempts, Instant.now());
            }
            long jittered = pause.toMillis() / 2 + ThreadLocalRandom.current().nextLong(pause.toMillis() / 2 + 1);
            Thread.sleep(Math.max(jittered, wait.toMillis()));
            pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
        }
    }

    private static boolean tryAgain(HttpResponse<String> reply) {
        int status = reply.statusCode();
        return status >= 500 || status == 429 || status == 408
                || status == 409 && reply.headers().firstValue("Retry-After").isPresent();
    }

    private static Duration retryAfter(HttpResponse<String> reply) {
        try {
            return Duration.ofSeconds(Long.parseLong(reply.headers().firstValue("Retry-After").orElse("0").trim()));
        } catch (NumberFormatException httpDate) {
            return Duration.ZERO;
        }
    }

    private static String reportId(HttpResponse<String> reply) {
        if (reply.statusCode() != 201) {
            return null;
        }
        try {
            JsonNode receipt = RushPlan.JSON.readTree(reply.body());
            return receipt.path("id").isMissingNode() ? null : receipt.path("id").asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
