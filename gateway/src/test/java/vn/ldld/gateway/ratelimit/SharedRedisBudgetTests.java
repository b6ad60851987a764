package vn.ldld.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.gateway.edge.ClientAddresses;
import vn.ldld.gateway.error.ProblemResponder;

/**
 * Two gateway instances with the same Redis share one budget. Needs the {@code redis-server} binary on the PATH
 * (Debian: {@code apt-get install redis-server}); skipped without it.
 */
class SharedRedisBudgetTests {

    static Process redis;
    static int port;

    @BeforeAll
    static void startRedis() throws IOException {
        Assumptions.assumeTrue(onPath("redis-server"),
                "redis-server is not on the PATH: the shared Redis budget is not tested here (apt-get install redis-server)");
        port = freePort();
        redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await().atMost(Duration.ofSeconds(20)).until(() -> accepts(port));
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void twoInstancesShareOneBudget() {
        RateLimitProperties properties = new RateLimitProperties("redis://127.0.0.1:" + port, Duration.ofSeconds(2),
                Duration.ofMinutes(10), 1000, new RateLimitProperties.Budgets(
                new RateLimitProperties.Budget(500, 1000, Duration.ofSeconds(1)),
                new RateLimitProperties.Budget(10, 20, Duration.ofSeconds(1)),
                new RateLimitProperties.Budget(20, 40, Duration.ofSeconds(1)),
                new RateLimitProperties.Budget(1, 6, Duration.ofHours(1))));
        RateLimitFilter first = limiter(properties);
        RateLimitFilter second = limiter(properties);
        try {
            AtomicInteger served = new AtomicInteger();
            List<Integer> refused = new ArrayList<>();
            String address = "198.51.100." + (1 + port % 250);
            for (int i = 0; i < 12; i++) {
                MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/openapi/plan-service")
                        .remoteAddress(new InetSocketAddress(address, 40000)));
                (i % 2 == 0 ? first : second).filter(exchange, e -> {
                    served.incrementAndGet();
                    return Mono.empty();
                }).block(Duration.ofSeconds(5));
                if (exchange.getResponse().getStatusCode() != null && exchange.getResponse().getStatusCode().value() == 429) {
                    refused.add(i);
                }
            }
            assertThat(served).as("one budget of 6 for both instances").hasValue(6);
            assertThat(refused).hasSize(6);
        } finally {
            first.destroy();
            second.destroy();
        }
    }

    private static RateLimitFilter limiter(RateLimitProperties properties) {
        return new RateLimitFilter(properties, new ClientAddresses(""), new ProblemResponder(JsonMapper.builder().build()),
                new SimpleMeterRegistry());
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, binary).canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
