package vn.ldld.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A token, introspection or revocation request without any client authentication: 401 {@code invalid_client} in the
 * OAuth 2.0 shape (RFC 6749, section 5.2) with the HTTP Basic challenge, instead of an empty answer.
 */
final class ClientAuthenticationRequired implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"identity-service\"");
        Problems.writeOAuth(response, HttpStatus.UNAUTHORIZED, "invalid_client", "The client must authenticate: "
                + "HTTP Basic with its client id and secret, or client_id (and code_verifier) for a public client.");
    }
}
