package vn.ldld.identity.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What a sign-in's outcome does to the throttle: a wrong username or password counts against the account and the
 * address (and the login page then says whether the person must wait); a success forgets the account's failures and
 * carries on to the authorization request that asked for the sign-in.
 */
public final class SignInOutcomes implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private final SignInThrottle throttle;
    private final AuthenticationSuccessHandler resume = new SavedRequestAwareAuthenticationSuccessHandler();

    public SignInOutcomes(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        throttle.failed(SignInThrottle.account(request.getParameter("username")), request.getRemoteAddr())
                .ifPresent(wait -> SignInWaits.remember(request, wait));
        response.sendRedirect("/login?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        throttle.succeeded(SignInThrottle.account(authentication.getName()));
        SignInWaits.forget(request);
        resume.onAuthenticationSuccess(request, response, authentication);
    }
}
