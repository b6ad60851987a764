package vn.ldld.web.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 for a missing, expired, forged or foreign token: {@code WWW-Authenticate: Bearer ...} and a problem body. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        bearer.commence(request, response, ex);
        String detail = ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null
                ? "The bearer token was refused: " + oauth.getError().getDescription()
                : "This needs a bearer token from the platform's identity service (Authorization: Bearer ...).";
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }
}
