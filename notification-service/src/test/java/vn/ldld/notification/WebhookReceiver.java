package vn.ldld.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * A unit's webhook endpoint for the tests: records each call and answers with the statuses it is told to. It listens
 * on {@link #ADDRESS}, the one loopback address the tests allow webhooks to (the service refuses every other address
 * of this machine), unless told another address: an internal listener that must never be called.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The loopback address standing for a unit's public server in the tests. */
    public static final String ADDRESS = "127.0.0.2";

    /** One call as received. */
    public record Call(String method, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 200;
    private volatile String location;
    private volatile Runnable onEachCall = () -> { };

    public WebhookReceiver() throws IOException {
        this(ADDRESS);
    }

    public WebhookReceiver(String address) throws IOException {
        this(address, 0);
    }

    /** Listens on {@code address:port} ({@code 0}: any free port). */
    public WebhookReceiver(String address, int port) throws IOException {
        this(HttpServer.create(new InetSocketAddress(address, port), 0));
    }

    /**
     * An https receiver on {@link #ADDRESS} with the tests' certificate for {@link TestTls#HOST}; adds the server name
     * each client asks for in its TLS hello (SNI) to {@code serverNames}.
     */
    static WebhookReceiver tls(List<String> serverNames) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(ADDRESS, 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestTls.serverContext()) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                    @Override
                    public boolean matches(SNIServerName name) {
                        serverNames.add(((SNIHostName) name).getAsciiName());
                        return true;
                    }
                }));
                parameters.setSSLParameters(ssl);
            }
        });
        return new WebhookReceiver(server);
    }

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                calls.add(new Call(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            onEachCall.run();
            Integer status = statuses.poll();
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] answer = "secret-internal-answer".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status != null ? status : defaultStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** The URL of this receiver by its address. */
    public String url() {
        return url(server.getAddress().getAddress().getHostAddress());
    }

    /** The URL of this receiver under another host name (which the tests' resolver maps to its address). */
    public String url(String host) {
        return "http://" + host + ":" + port() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next calls are answered with these statuses, then with the default. */
    public void answer(Integer... next) {
        statuses.addAll(List.of(next));
    }

    public void answerAlways(int status) {
        defaultStatus = status;
    }

    /** Every answer redirects to {@code url}. */
    public void redirectTo(int status, String url) {
        defaultStatus = status;
        location = url;
    }

    /** Runs {@code action} on each call, before answering it. */
    public void onEachCall(Runnable action) {
        onEachCall = action;
    }

    public List<Call> calls() {
        return calls;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
