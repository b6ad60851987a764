package vn.ldld.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Evaluates the {@code @PreAuthorize} rule of a controller method (or of its class) before Spring MVC reads the
 * request body and the parameters: a caller whose role may never do something gets 403, not a 400 describing what
 * its request lacks. Method security still checks the same rule again when the method is called. Registered for
 * {@code /api/**} by {@link ServiceSecurityAutoConfiguration}.
 */
final class EarlyAuthorization implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AuthorizationResult result = rules.authorize(() -> SecurityContextHolder.getContext()
                    .getAuthentication(), new SimpleMethodInvocation(method.getBean(), method.getMethod()));
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("Access Denied", result);
            }
        }
        return true;
    }
}
