package vn.ldld.gateway.correlation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id before anything else runs, passes it to the service it is routed to, and
 * writes one structured access log line per request with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationIds.of(exchange);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(h -> h.set(CorrelationIds.HEADER, id)).build();
        long start = System.nanoTime();
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        return chain.filter(mutated).doFinally(signal -> log.atInfo().setMessage("Request served")
                .addKeyValue("correlationId", id)
                .addKeyValue("method", request.getMethod().name())
                .addKeyValue("path", request.getPath().value())
                .addKeyValue("status", mutated.getResponse().getStatusCode() == null ? null
                        : mutated.getResponse().getStatusCode().value())
                .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
                .log());
    }
}
