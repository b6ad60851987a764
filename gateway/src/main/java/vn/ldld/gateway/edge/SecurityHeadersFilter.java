package vn.ldld.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Security headers on every answer, the gateway's own and the services' alike: written just before the answer goes
 * out, replacing whatever a service set, so the client sees each header exactly once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter implements WebFilter {

    private final ClientAddresses clients;

    SecurityHeadersFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean api = exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")
                || exchange.getRequest().getPath().pathWithinApplication().value().equals("/api");
        boolean secure = clients.secure(exchange.getRequest());
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            SecurityHeaders.write(headers::set, api, secure);
            if (api) {
                headers.remove(HttpHeaders.PRAGMA);
                headers.remove(HttpHeaders.EXPIRES);
            }
            if (!secure) {
                headers.remove("Strict-Transport-Security");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
