package vn.ldld.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import vn.ldld.tokens.TokenRefusals;

/**
 * A 401 at an endpoint that takes a bearer token (user info): the {@code WWW-Authenticate: Bearer} challenge and a
 * problem saying in plain words what is wrong with the token.
 */
final class BearerProblemEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException error)
            throws IOException {
        this.bearer.commence(request, response, error);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, TokenRefusals.describe(error, token));
    }
}
