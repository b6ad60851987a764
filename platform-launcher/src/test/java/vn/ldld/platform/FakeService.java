package vn.ldld.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in tests: listens on {@code SERVER_PORT}, answers
 * {@code /actuator/health} and {@code /readyz} with UP (or with 503 and {@code FAKE_HEALTH} if that is set) and {@code /env} with
 * the environment the platform gave it.
 * Only JDK classes and no nested classes, so that it fits in a one-class jar.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        String health = System.getenv().getOrDefault("FAKE_HEALTH", "UP");
        for (String path : new String[] {"/actuator/health", "/readyz"}) {
            server.createContext(path,
                    (exchange) -> answer(exchange, health.equals("UP") ? 200 : 503, "{\"status\":\"" + health + "\"}"));
        }
        server.createContext("/env", (exchange) -> answer(exchange, 200, environment()));
        server.start();
    }

    private static String environment() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(System.getenv()).forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
