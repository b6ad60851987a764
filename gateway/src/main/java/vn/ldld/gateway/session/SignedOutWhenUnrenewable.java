package vn.ldld.gateway.session;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

/**
 * A browser session whose access token can no longer be renewed (the refresh token expired or was revoked, the
 * identity service restarted) is signed out: the API call answers 401, and the console sends its user to sign in
 * again, keeping what was typed. Without this the failure would surface as a 500.
 */
final class SignedOutWhenUnrenewable implements ReactiveOAuth2AuthorizedClientManager {

    static final String DETAIL = "The sign-in session has ended; sign in again.";

    private final ReactiveOAuth2AuthorizedClientManager delegate;

    SignedOutWhenUnrenewable(ReactiveOAuth2AuthorizedClientManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
        return delegate.authorize(request)
                .onErrorMap(error -> error instanceof OAuth2AuthorizationException
                                || error instanceof ClientAuthorizationException,
                        error -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, DETAIL, error))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, DETAIL)));
    }
}
