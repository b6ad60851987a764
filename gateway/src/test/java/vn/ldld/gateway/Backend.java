package vn.ldld.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one service instance: answers JSON naming itself, records what it got. Like the
 * real services it sets some security headers of its own. A path containing {@code /status-NNN} is answered with
 * that status; a path containing {@code /slow} is answered only when the backend is closed; a path containing
 * {@code /held} is answered only once {@link #HELD} such requests are in the backend at the same time.
 */
public final class Backend implements AutoCloseable {

    private static final Pattern STATUS = Pattern.compile("/status-(\\d{3})");

    record Received(String method, String path, String requestId, String forwardedHost, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    /** How many {@code /held} requests must be in at once before any is answered. */
    static final int HELD = 40;

    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(HELD);
    final List<Received> received = new CopyOnWriteArrayList<>();

    Backend(String name) {
        this(name, "127.0.0.1", 0);
    }

    /** A backend on a given loopback address and port (0: any free port), e.g. one of several behind a host name. */
    public Backend(String name, String address, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Headers requestHeaders = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestMethod(), path, requestHeaders.getFirst("X-Request-Id"),
                    requestHeaders.getFirst("X-Forwarded-Host"), Map.copyOf(requestHeaders)));
            exchange.getRequestBody().readAllBytes();
            if (path.contains("/slow")) {
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (path.contains("/held")) {
                held.countDown();
                try {
                    held.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Matcher status = STATUS.matcher(path);
            int code = status.find() ? Integer.parseInt(status.group(1)) : 200;
            byte[] body = ("{\"instance\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/json");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "SAMEORIGIN");
            headers.set("Cache-Control", "no-cache");
            headers.set("Referrer-Policy", "no-referrer");
            String requestId = requestHeaders.getFirst("X-Request-Id");
            if (requestId != null) {
                headers.set("X-Request-Id", requestId);
            }
            try {
                exchange.sendResponseHeaders(code, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException gone) {
                // the gateway gave up waiting
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> receivedOn(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
