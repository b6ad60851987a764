package vn.ldld.identity.signin;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.ldld.identity.web.Problems;

/**
 * Slows down guessing of client secrets at the endpoints where clients authenticate (token, introspection,
 * revocation): while the client or the address must wait, the request is answered 429 with {@code Retry-After} and the
 * OAuth 2.0 error {@code slow_down}, before the secret is checked; a 401 (the client failed to authenticate) counts as
 * a failure, a success forgets the client's failures.
 */
public final class ClientAuthenticationThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final Set<String> endpoints;

    /**
     * @param throttle  the waits
     * @param endpoints the paths where clients authenticate
     */
    public ClientAuthenticationThrottleFilter(SignInThrottle throttle, Set<String> endpoints) {
        this.throttle = throttle;
        this.endpoints = Set.copyOf(endpoints);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && endpoints.contains(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = SignInThrottle.client(clientId(request));
        Optional<Duration> wait = throttle.waitFor(client, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problems.writeOAuth(response, HttpStatus.TOO_MANY_REQUESTS, "slow_down", "Too many failed client "
                    + "authentications: wait the seconds in Retry-After, then try again.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(client, request.getRemoteAddr());
        } else if (response.getStatus() < 400) {
            throttle.succeeded(client);
        }
    }

    /** The client id of HTTP Basic authentication, else of the {@code client_id} parameter. */
    private static String clientId(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return request.getParameter("client_id");
    }
}
