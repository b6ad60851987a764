package vn.ldld.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Errors of the authorization endpoint. When the request names a registered client and one of its redirect URIs, the
 * error goes back to the client there, as OAuth 2.0 says (RFC 6749, section 4.1.2.1). When it does not (an unknown
 * {@code client_id}, an unregistered {@code redirect_uri}), sending the person anywhere would be an open redirect:
 * the answer is 400 here, rendered by {@link ErrorAnswers} as a short Vietnamese page for a browser and as a problem
 * naming the parameter for any other caller.
 */
final class AuthorizationErrors implements AuthenticationFailureHandler {

    /** Request attribute: the parameter that made the request unanswerable. */
    static final String PARAMETER = AuthorizationErrors.class.getName() + ".parameter";
    private static final Pattern NAMED_PARAMETER = Pattern.compile("Parameter: ([A-Za-z_]+)");

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError()
                : new OAuth2Error("invalid_request");
        OAuth2AuthorizationCodeRequestAuthenticationToken authorization =
                exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException codeRequest
                        ? codeRequest.getAuthorizationCodeRequestAuthentication() : null;
        if (authorization == null || !StringUtils.hasText(authorization.getRedirectUri())) {
            request.setAttribute(PARAMETER, parameterOf(error));
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromUriString(authorization.getRedirectUri())
                .queryParam(OAuth2ParameterNames.ERROR, error.getErrorCode());
        if (StringUtils.hasText(error.getDescription())) {
            back.queryParam(OAuth2ParameterNames.ERROR_DESCRIPTION,
                    UriUtils.encode(error.getDescription(), StandardCharsets.UTF_8));
        }
        if (StringUtils.hasText(error.getUri())) {
            back.queryParam(OAuth2ParameterNames.ERROR_URI, UriUtils.encode(error.getUri(), StandardCharsets.UTF_8));
        }
        if (StringUtils.hasText(authorization.getState())) {
            back.queryParam(OAuth2ParameterNames.STATE, UriUtils.encode(authorization.getState(),
                    StandardCharsets.UTF_8));
        }
        this.redirects.sendRedirect(request, response, back.build(true).toUriString());
    }

    /** The parameter an authorization server error names ("OAuth 2.0 Parameter: redirect_uri"), else the code. */
    private static String parameterOf(OAuth2Error error) {
        Matcher named = NAMED_PARAMETER.matcher(error.getDescription() == null ? "" : error.getDescription());
        return named.find() ? named.group(1) : error.getErrorCode();
    }
}
