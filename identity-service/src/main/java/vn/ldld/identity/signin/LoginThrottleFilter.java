package vn.ldld.identity.signin;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (POST of the login form) while its account or its address must wait, before the password is
 * checked: the browser goes back to the login page, which says how long to wait.
 */
public final class LoginThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    public LoginThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.waitFor(SignInThrottle.account(request.getParameter("username")),
                request.getRemoteAddr());
        if (wait.isPresent()) {
            SignInWaits.remember(request, wait.get());
            response.sendRedirect("/login?blocked");
            return;
        }
        chain.doFilter(request, response);
    }
}
