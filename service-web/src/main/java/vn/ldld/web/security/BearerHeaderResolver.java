package vn.ldld.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import vn.ldld.tokens.BearerTokens;

/**
 * Spring Security's bearer-token resolver, with the common case read by {@link BearerTokens} instead of its regular
 * expression: a well-formed {@code Authorization: Bearer} header on a request that cannot also carry an
 * {@code access_token} parameter. Every other request (no header, another scheme, a malformed token, a GET with a
 * query, a form) goes to {@link DefaultBearerTokenResolver}, whose answers and errors stay as they are.
 */
final class BearerHeaderResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        if (!mayCarryParameterToken(request)) {
            String token = BearerTokens.wellFormed(request.getHeader(HttpHeaders.AUTHORIZATION));
            if (token != null) {
                return token;
            }
        }
        return standard.resolve(request);
    }

    /** Where the standard resolver also looks for an {@code access_token} parameter (and refuses two tokens). */
    private static boolean mayCarryParameterToken(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && request.getQueryString() != null
                || MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(request.getContentType());
    }
}
