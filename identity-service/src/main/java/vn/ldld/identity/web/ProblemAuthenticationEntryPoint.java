package vn.ldld.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A 401 as an RFC 9457 problem with the correlation id, for anything but a browser (sent to the login page). */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        Problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "Sign in first: this page needs an authenticated session.");
    }
}
