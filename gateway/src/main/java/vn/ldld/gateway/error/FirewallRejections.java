package vn.ldld.gateway.error;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Requests Spring Security's firewall refuses before anything else looks at them (an encoded slash, percent or dot,
 * a semicolon, a double slash, a NUL or a backslash in the path; a header value with control characters; a method
 * like {@code TRACE}): a problem saying what is wrong in plain words, 405 with {@code Allow} for a method, else 400.
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

    /** The methods the firewall lets through, as it does by default. */
    static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final ProblemResponder problems;

    FirewallRejections(ProblemResponder problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (!ALLOWED.contains(method)) {
            return problems.respond(exchange, HttpStatus.METHOD_NOT_ALLOWED, "The method " + method.name()
                    + " is not allowed here.", headers -> headers.setAllow(Set.of(HttpMethod.GET, HttpMethod.HEAD,
                    HttpMethod.POST, HttpMethod.PUT, HttpMethod.OPTIONS)));
        }
        String message = rejected.getMessage() == null ? "" : rejected.getMessage();
        String detail = message.contains("header") ? "A request header has a name or value with characters no "
                + "header may contain."
                : message.contains("parameter") ? "A query parameter has a name or value with characters it may not "
                + "contain."
                : "The request path contains something no address of the API has: an encoded slash, percent sign "
                + "or dot, a semicolon, a double slash, a NUL, a backslash or a '..' segment.";
        return problems.respond(exchange, HttpStatus.BAD_REQUEST, detail);
    }
}
