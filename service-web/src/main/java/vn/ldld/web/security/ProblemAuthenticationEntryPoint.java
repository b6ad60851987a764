package vn.ldld.web.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ldld.tokens.TokenRefusals;

/**
 * 401 for a missing, expired, forged or foreign token: {@code WWW-Authenticate: Bearer ...} and a problem body, both
 * saying in plain words why the token was refused ({@link TokenRefusals}), never the token library's own message.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        String detail = TokenRefusals.describe(ex, token);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ex instanceof OAuth2AuthenticationException oauth
                ? "Bearer error=\"" + oauth.getError().getErrorCode() + "\", error_description=\"" + detail + "\""
                : "Bearer");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }
}
