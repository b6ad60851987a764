package vn.ldld.identity.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import vn.ldld.identity.signin.ClientAuthenticationThrottleFilter;
import vn.ldld.identity.signin.LoginThrottleFilter;
import vn.ldld.identity.signin.SignInOutcomes;
import vn.ldld.identity.signin.SignInThrottle;

/**
 * Two filter chains: the authorization server's endpoints (authorize, token, JWKS, discovery, user info), where a
 * browser without a session is sent to the login form, a client that did not authenticate gets OAuth's
 * {@code invalid_client} and any other caller a problem+json 401; and everything else: the Vietnamese login form, the
 * open actuator endpoints and, for anything unknown, a problem+json 401 (or the login page for a browser). Sessions
 * exist only for the sign-in of the authorization code flow; the token endpoint authenticates the client on every
 * request. Failed sign-ins and client authentications are throttled ({@link SignInThrottle}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuerUri()).build();
    }

    /** {@code {bcrypt}} for new hashes; configured hashes of other kinds ({@code {argon2}...}) still match. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, AuthorizationServerSettings settings,
                                                       SignInThrottle throttle) throws Exception {
        Set<String> clientAuthentication = Set.of(settings.getTokenEndpoint(), settings.getTokenIntrospectionEndpoint(),
                settings.getTokenRevocationEndpoint(), settings.getPushedAuthorizationRequestEndpoint());
        BearerProblemEntryPoint bearerProblem = new BearerProblemEntryPoint();
        http.oauth2AuthorizationServer((server) -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults())
                    .authorizationEndpoint((authorize) -> authorize.errorResponseHandler(new AuthorizationErrors()))
                    .clientAuthentication((clients) -> clients
                            .authenticationConverter(new PublicClientWithoutVerifierConverter()));
        });
        http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
                .addFilterBefore(new ClientAuthenticationThrottleFilter(throttle, clientAuthentication),
                        AbstractPreAuthenticatedProcessingFilter.class)
                .oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(bearerProblem))
                .exceptionHandling((exceptions) -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser())
                        .defaultAuthenticationEntryPointFor(new ClientAuthenticationRequired(),
                                (request) -> clientAuthentication.contains(request.getServletPath()))
                        .defaultAuthenticationEntryPointFor(bearerProblem, AnyRequestMatcher.INSTANCE));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        SignInOutcomes outcomes = new SignInOutcomes(throttle);
        http.authorizeHttpRequests((requests) -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error", "/login")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin((form) -> form.loginPage("/login").failureHandler(outcomes).successHandler(outcomes))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling((exceptions) -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser())
                        .defaultAuthenticationEntryPointFor(new ProblemAuthenticationEntryPoint(),
                                AnyRequestMatcher.INSTANCE));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers((headers) -> headers
                .contentSecurityPolicy((csp) -> csp
                        .policyDirectives("frame-ancestors 'none'; object-src 'none'; base-uri 'self'"))
                .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    }

    private static MediaTypeRequestMatcher browser() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
