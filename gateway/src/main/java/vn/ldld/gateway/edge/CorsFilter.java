package vn.ldld.gateway.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import vn.ldld.gateway.error.ProblemResponder;

/**
 * Browsers may call the API from the configured origins only. Preflights are answered here, before authentication;
 * a preflight or call from another origin, or with an {@code Origin} that is not an origin at all, gets 403
 * problem+json and no {@code Access-Control-Allow-Origin}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class CorsFilter implements WebFilter {

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemResponder problems;

    CorsFilter(EdgeProperties properties, ProblemResponder problems) {
        this.problems = problems;
        configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(properties.cors().allowedOrigins().stream().map(String::trim)
                .filter(origin -> !origin.isEmpty()).toList());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                "X-Request-Id"));
        configuration.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "Retry-After"));
        configuration.setMaxAge(Duration.ofMinutes(30));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> origins = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ORIGIN);
        if (!origins.isEmpty() && (origins.size() > 1 || !wellFormed(origins.get(0)))) {
            return problems.respond(exchange, HttpStatus.FORBIDDEN,
                    "The Origin header is not a browser origin (scheme://host[:port]); this call is refused.");
        }
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            exchange.getResponse().getHeaders().remove("Access-Control-Allow-Origin");
            return problems.respond(exchange, HttpStatus.FORBIDDEN,
                    "This origin, method or header may not call the API from a browser.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    /**
     * Whether a header value is an origin as browsers send it: {@code null}, or a scheme, a host and an optional
     * numeric port, with nothing else. Anything else would fail the parsers further on.
     */
    static boolean wellFormed(String origin) {
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI uri = new URI(origin);
            return uri.getScheme() != null && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && origin.equals(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
