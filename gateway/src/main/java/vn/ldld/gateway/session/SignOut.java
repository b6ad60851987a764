package vn.ldld.gateway.session;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * After {@code POST /logout} has ended the gateway's session: where the browser goes next, the identity service's
 * end-session endpoint (OpenID Connect RP-initiated logout, with the ID token as hint), which ends the identity
 * session too and comes back to the console's start page. The console asks with {@code Accept: application/json} and
 * gets {@code {"redirectUrl": ...}} to follow; a plain form post gets a 303 there.
 */
@Component
class SignOut implements ServerLogoutSuccessHandler {

    private final ReactiveClientRegistrationRepository registrations;
    private final ObjectMapper json;
    private final URI home;

    /** @param publicUrl where users reach the gateway ({@code GATEWAY_PUBLIC_URL}): signed out, they come back there */
    SignOut(ReactiveClientRegistrationRepository registrations, ObjectMapper json,
            @Value("${gateway.public-url}") String publicUrl) {
        this.registrations = registrations;
        this.json = json;
        this.home = URI.create(publicUrl.replaceAll("/+$", "") + "/");
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        ServerWebExchange exchange = filterExchange.getExchange();
        return endSessionUrl(authentication, home).defaultIfEmpty(home).flatMap(target -> answer(exchange, target));
    }

    private Mono<URI> endSessionUrl(Authentication authentication, URI home) {
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            return Mono.empty();
        }
        return registrations.findByRegistrationId(token.getAuthorizedClientRegistrationId()).mapNotNull(client -> {
            Object endpoint = client.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            return endpoint == null ? null : UriComponentsBuilder.fromUriString(endpoint.toString())
                    .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                    .queryParam("client_id", client.getClientId())
                    .queryParam("post_logout_redirect_uri", home.toString())
                    .encode(StandardCharsets.UTF_8).build().toUri();
        });
    }

    private Mono<Void> answer(ServerWebExchange exchange, URI target) {
        var response = exchange.getResponse();
        boolean script = exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType());
        if (!script) {
            response.setStatusCode(HttpStatus.SEE_OTHER);
            response.getHeaders().setLocation(target);
            return response.setComplete();
        }
        byte[] body = json.writeValueAsString(Map.of("redirectUrl", target.toString()))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getHeaders().setCacheControl("no-store");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
