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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the authorization server's endpoints (authorize, token, JWKS, discovery, user info), where a
 * browser without a session is sent to the login form; and everything else: the form login itself, the open actuator
 * endpoints and, for anything unknown, a problem+json 401 (or the login page for a browser). Sessions exist only for
 * the sign-in of the authorization code flow; the token endpoint authenticates the client on every request.
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
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer((server) -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults())
                    .clientAuthentication((clients) -> clients
                            .authenticationConverter(new PublicClientWithoutVerifierConverter()));
        });
        http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
                .oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browser()));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        http.authorizeHttpRequests((requests) -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .exceptionHandling((exceptions) -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser())
                        .defaultAuthenticationEntryPointFor(new ProblemAuthenticationEntryPoint(json),
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
