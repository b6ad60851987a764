package vn.ldld.gateway.edge;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the services are told about where a request came in, so that the links they answer point at the gateway:
 * {@code X-Forwarded-Host}, {@code -Proto}, {@code -Port} (and {@code -Prefix} when the public address has a path)
 * from the configured public address ({@code gateway.public-url}), {@code X-Forwarded-For} the client address by the
 * trusted-proxies rule of {@link ClientAddresses}. Whatever the client sent in {@code X-Forwarded-*},
 * {@code Forwarded} or {@code Host} never reaches a service.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    private final ClientAddresses clients;
    private final String host;
    private final String proto;
    private final String port;
    private final String prefix;

    ForwardedHeaders(ClientAddresses clients, @Value("${gateway.public-url}") URI publicUrl) {
        if (publicUrl.getScheme() == null || publicUrl.getHost() == null) {
            throw new IllegalStateException("gateway.public-url (GATEWAY_PUBLIC_URL) must be an absolute URL such as "
                    + "https://bao-cao.ldld.example, not '" + publicUrl + "'");
        }
        this.clients = clients;
        this.proto = publicUrl.getScheme().toLowerCase(Locale.ROOT);
        this.port = Integer.toString(publicUrl.getPort() >= 0 ? publicUrl.getPort() : "https".equals(proto) ? 443 : 80);
        this.host = publicUrl.getPort() >= 0 ? publicUrl.getHost() + ":" + publicUrl.getPort() : publicUrl.getHost();
        String path = publicUrl.getPath() == null ? "" : publicUrl.getPath().replaceAll("/+$", "");
        this.prefix = path.isEmpty() ? null : path;
    }

    /** After Spring Cloud Gateway's own filters, which drop the client's forwarded headers (no proxy trusted there). */
    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        for (Map.Entry<String, List<String>> header : input.headerSet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.startsWith("x-forwarded-") && !name.equals("forwarded")) {
                headers.addAll(header.getKey(), header.getValue());
            }
        }
        headers.set("X-Forwarded-For", clients.clientAddress(exchange.getRequest()));
        headers.set("X-Forwarded-Host", host);
        headers.set("X-Forwarded-Proto", proto);
        headers.set("X-Forwarded-Port", port);
        if (prefix != null) {
            headers.set("X-Forwarded-Prefix", prefix);
        }
        return headers;
    }
}
