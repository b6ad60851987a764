package vn.ldld.gateway.console;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * The console's own addresses ({@code /plans/…}, {@code /my/plans/…}, {@code /reports/…}) are routes of the single-page app: a browser
 * asking for one as a page ({@code Accept: text/html}) gets {@code index.html}. Never for the API, the sign-in and
 * sign-out addresses, the actuator or the OpenAPI documents, nor for a file name (with a dot), nor for a client that
 * does not ask for HTML: those keep their own answers (a 404 problem for a path nothing serves). Every console answer
 * carries a content security policy that lets the page run its own scripts and nothing else's, and a cache policy:
 * the content-hashed {@code /assets/} a year, {@code index.html} revalidated each time so a new build is seen at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConsolePages implements WebFilter {

    /** For the console's pages; the API's answers keep {@code default-src 'none'}. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final List<String> NOT_CONSOLE = List.of("/api", "/oauth2", "/login", "/logout", "/actuator",
            "/openapi", "/session");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!console(path)) {
            return chain.filter(exchange);
        }
        boolean asset = path.startsWith("/assets/");
        exchange.getResponse().beforeCommit(() -> {
            var status = exchange.getResponse().getStatusCode();
            if (status == null || status.isError()) {
                // an error answer is problem+json, not a page: the edge's own policy stays
                return Mono.empty();
            }
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set(HttpHeaders.CACHE_CONTROL, asset && status.is2xxSuccessful()
                    ? "public, max-age=31536000, immutable" : "no-cache");
            return Mono.empty();
        });
        if (!pageRoute(exchange.getRequest(), path)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest index = exchange.getRequest().mutate().path("/index.html").build();
        return chain.filter(exchange.mutate().request(index).build());
    }

    static boolean console(String path) {
        return NOT_CONSOLE.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static boolean pageRoute(ServerHttpRequest request, String path) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return false;
        }
        return request.getHeaders().getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
