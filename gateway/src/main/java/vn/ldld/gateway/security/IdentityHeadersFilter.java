package vn.ldld.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/** Drops every identity header a client sent, before anything reads the request, so no service can trust one. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class IdentityHeadersFilter implements WebFilter {

    private final IdentityHeadersProperties properties;

    IdentityHeadersFilter(IdentityHeadersProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean any = properties.strip().stream().anyMatch(exchange.getRequest().getHeaders()::containsHeader);
        if (!any) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> properties.strip().forEach(headers::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
