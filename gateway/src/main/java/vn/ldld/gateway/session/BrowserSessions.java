package vn.ldld.gateway.session;

import java.net.URI;
import java.util.Set;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;
import vn.ldld.gateway.error.ProblemResponder;

/**
 * What the gateway's security adds for browsers signed in to the console: the sign-in itself ({@code oauth2Login},
 * PKCE, a new session id once signed in), the security context kept in the session, CSRF protection of every unsafe
 * request that a session cookie could authenticate, and sign-out ({@code POST /logout}) that ends the gateway's
 * session and hands the browser the identity service's end-session address. A request with a bearer token is not
 * touched: it carries no session cookie authority, so it needs no CSRF token.
 */
@Component
public class BrowserSessions {

    /** The session cookie's name (WebFlux's default), whose presence makes an unsafe request need a CSRF token. */
    public static final String SESSION_COOKIE = "SESSION";
    /** Where a failed sign-in lands: the console's start page, which says so. */
    static final URI SIGN_IN_FAILED = URI.create("/?dang-nhap=loi");

    /** The 403 detail of an unsafe request from a signed-in browser without its CSRF token. */
    static final String CSRF_REFUSED = "This request from a signed-in browser lacks its CSRF token "
            + "(the XSRF-TOKEN cookie's value in X-XSRF-TOKEN).";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final ReactiveClientRegistrationRepository registrations;
    private final SignOut signOut;
    private final ProblemResponder problems;

    BrowserSessions(ReactiveClientRegistrationRepository registrations, SignOut signOut, ProblemResponder problems) {
        this.registrations = registrations;
        this.signOut = signOut;
        this.problems = problems;
    }

    /** Applies the browser sign-in, session, CSRF and sign-out rules to the gateway's one security chain. */
    public ServerHttpSecurity configure(ServerHttpSecurity http) {
        DefaultServerOAuth2AuthorizationRequestResolver requests =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        // PKCE although the client is confidential (RFC 9700: for every client); the identity service requires it
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http
                .securityContextRepository(new WebSessionServerSecurityContextRepository())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // the console reads the cookie and sends it back as is (cookie-to-header)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(BrowserSessions::sessionAuthenticatedUnsafe)
                        .accessDeniedHandler((exchange, denied) -> problems.respond(exchange, HttpStatus.FORBIDDEN,
                                CSRF_REFUSED)))
                .oauth2Login(login -> login
                        .authorizationRequestResolver(requests)
                        .authenticationSuccessHandler(newSessionId(new RedirectServerAuthenticationSuccessHandler("/")))
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(
                                SIGN_IN_FAILED.toString())))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout"))
                        .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(signOut));
    }

    /**
     * An unsafe method, no {@code Authorization} header, and the session cookie: a request the browser's cookie alone
     * could authenticate, which a forged cross-site request could be. Bearer-token calls never need a CSRF token.
     */
    static Mono<ServerWebExchangeMatcher.MatchResult> sessionAuthenticatedUnsafe(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        boolean unsafe = !SAFE.contains(request.getMethod());
        boolean bearer = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        HttpCookie session = request.getCookies().getFirst(SESSION_COOKIE);
        return unsafe && !bearer && session != null ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /** A new session id once signed in, so that an id planted before the sign-in is worth nothing after it. */
    private static ServerAuthenticationSuccessHandler newSessionId(ServerAuthenticationSuccessHandler then) {
        return (exchange, authentication) -> exchange.getExchange().getSession()
                .flatMap(WebSession::changeSessionId)
                .then(then.onAuthenticationSuccess(exchange, authentication));
    }
}
