package vn.ldld.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import vn.ldld.gateway.error.ProblemResponder;

/**
 * 413 before routing for a request declaring a body over {@code gateway.max-body-size}. A body up to
 * {@link #DRAIN_LIMIT} is read and dropped first, so that a client still sending it reads the 413 instead of a
 * reset connection; a larger one is answered at once and the connection closed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BodyLimitFilter implements WebFilter {

    /** The largest refused body still read to its end before answering (as Tomcat's max-swallow-size). */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;

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
            String detail = "The request body (" + declared + " bytes) is over the limit of " + maxBodySize
                    + " bytes.";
            if (declared <= DRAIN_LIMIT) {
                return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release)
                        .then(Mono.defer(() -> problems.respond(exchange, HttpStatus.CONTENT_TOO_LARGE, detail,
                                headers -> { })));
            }
            return problems.respond(exchange, HttpStatus.CONTENT_TOO_LARGE, detail,
                    headers -> headers.set("Connection", "close"));
        }
        return chain.filter(exchange);
    }
}
