package vn.ldld.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.ldld.tokens.BearerTokens;

/**
 * Spring Security's bearer-token converter, with a well-formed {@code Authorization: Bearer} header read by
 * {@link BearerTokens} instead of its regular expression. Every other request (no header, another scheme, a malformed
 * token) goes to {@link ServerBearerTokenAuthenticationConverter}, whose answers and errors stay as they are; it reads
 * no {@code access_token} parameter, as the gateway allows none.
 */
final class BearerHeaderConverter implements ServerAuthenticationConverter {

    private final ServerBearerTokenAuthenticationConverter standard = new ServerBearerTokenAuthenticationConverter();

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String token = BearerTokens.wellFormed(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        return token != null ? Mono.just(new BearerTokenAuthenticationToken(token)) : standard.convert(exchange);
    }
}
