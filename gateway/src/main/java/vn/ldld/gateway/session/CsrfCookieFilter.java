package vn.ldld.gateway.session;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Writes the {@code XSRF-TOKEN} cookie with the answer to {@code GET /session}, which the console asks first: Spring
 * Security makes the token only when something asks for it, and a single-page app never renders a form that would.
 */
@Component
@Order(-90)
class CsrfCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() == HttpMethod.GET
                && exchange.getRequest().getPath().pathWithinApplication().value().equals("/session")) {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                return token.then(chain.filter(exchange));
            }
        }
        return chain.filter(exchange);
    }
}
