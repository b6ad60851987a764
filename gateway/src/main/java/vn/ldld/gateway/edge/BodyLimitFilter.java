package vn.ldld.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import vn.ldld.gateway.error.ProblemResponder;

/** 413 before routing for a request declaring a body over {@code gateway.max-body-size}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BodyLimitFilter implements WebFilter {

    private final long maxBodySize;
    private final ProblemResponder problems;

    BodyLimitFilter(EdgeProperties properties, ProblemResponder problems) {
        this.maxBodySize = properties.maxBodySize();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBodySize) {
            return problems.respond(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body (" + declared + " bytes) is over the limit of " + maxBodySize + " bytes.",
                    headers -> headers.set("Connection", "close"));
        }
        return chain.filter(exchange);
    }
}
