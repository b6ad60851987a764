package vn.ldld.gateway.security;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.ldld.gateway.error.ProblemResponder;
import vn.ldld.gateway.ratelimit.RateLimitFilter;
import vn.ldld.gateway.session.BrowserSessions;
import vn.ldld.tokens.HeaderCharacters;
import vn.ldld.tokens.TokenChecks;
import vn.ldld.tokens.TokenRefusals;
import vn.ldld.tokens.VerifiedTokens;

/**
 * The gateway is an OAuth2 resource server: every {@code /api/**} request needs a valid RS256 token from the
 * platform's issuer, for the platform's audience, with a platform role; the OpenAPI documents, health, info and
 * metrics stay open, as do CORS preflights. The token goes on to the service unchanged (the services check it
 * again); 401 and 403 are problem+json with the correlation id. A browser signed in to the console through the
 * gateway ({@link BrowserSessions}) is authenticated by its session instead, and its access token is relayed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** The platform's roles; a valid token without one of them gets 403 on the API. */
    static final String[] PLATFORM_ROLES = {"PROVINCE_STAFF", "UNIT_REPORTER", "UNIT_STAFF", "VIEWER"};

    /**
     * No observation of each security filter, authentication and authorization: nothing reads them (no tracer; the
     * dashboards use the gateway's request metrics), and under a deadline rush they were about 3 % of the gateway's
     * CPU. The request's own observation ({@code http_server_requests}) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall, its checks of header and parameter names and header values made by a loop
     * ({@link HeaderCharacters}) instead of regular expressions matched against every header of every request (about
     * 2 % of the gateway's CPU); the same texts pass, and its other rules (the path, the methods, the host) stay.
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::nameAllowed);
        firewall.setAllowedHeaderValues(HeaderCharacters::headerValueAllowed);
        firewall.setAllowedParameterNames(HeaderCharacters::nameAllowed);
        return firewall;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                           ProblemResponder problems, SecurityProperties properties,
                                           RateLimitFilter rateLimits, BrowserSessions browserSessions) {
        // a refused call counts against its client address's budget: a flood of bad tokens ends in 429
        ServerAuthenticationEntryPoint unauthorized = (exchange, error) -> rateLimits.refuseUnauthenticated(exchange,
                () -> problems.respond(exchange, HttpStatus.UNAUTHORIZED, detailOf(error, exchange), headers -> {
                    headers.set("WWW-Authenticate", bearerChallenge(error, detailOf(error, exchange)));
                    // a refused caller starts over on a new connection: no keep-alive state survives a 401
                    headers.set("Connection", "close");
                }));
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> problems.respond(exchange, HttpStatus.FORBIDDEN,
                "This token carries none of the roles this path needs.");
        ServerWebExchangeMatcher preflight = exchange -> CorsUtils.isPreFlightRequest(exchange.getRequest())
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        // the console's browsers: sign-in, session, CSRF, sign-out (see BrowserSessions); bearer calls stay stateless
        return browserSessions.configure(http)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // the security headers are written by SecurityHeadersFilter, once, on every answer
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .matchers(preflight).permitAll()
                        .pathMatchers("/openapi/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers("/api", "/api/**").hasAnyRole(PLATFORM_ROLES)
                        .pathMatchers("/actuator/**").hasRole("PROVINCE_STAFF")
                        .pathMatchers("/session").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenConverter(new BearerHeaderConverter())
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authenticationConverter(properties)))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * RS256 only (unsigned and HMAC tokens are refused), issuer, audience, expiry and not-before with the skew. A token
     * seen before is not verified again: its claims are checked again on every use ({@link VerifiedTokens}).
     */
    @Bean
    ReactiveJwtDecoder reactiveJwtDecoder(SecurityProperties properties) throws IOException {
        NimbusReactiveJwtDecoder decoder = properties.publicKeyLocation() != null
                ? NimbusReactiveJwtDecoder.withPublicKey(TokenChecks.rsaPublicKey(properties.publicKeyLocation()))
                .signatureAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(TokenChecks.jwkSetUri(properties.issuerUri(),
                        properties.jwkSetUri())).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> checks = TokenChecks.validator(properties.issuerUri(), properties.audience(),
                properties.clockSkew());
        decoder.setJwtValidator(checks);
        VerifiedTokens verified = new VerifiedTokens(checks);
        return token -> {
            Jwt known = verified.recall(token);
            return known != null ? Mono.just(known) : decoder.decode(token).map(jwt -> verified.remember(token, jwt));
        };
    }

    private static ReactiveJwtAuthenticationConverterAdapter authenticationConverter(SecurityProperties properties) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /** What is wrong with the token, in plain words (never the decoder's own message). */
    private static String detailOf(AuthenticationException error, ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        return TokenRefusals.describe(error, token);
    }

    private static String bearerChallenge(AuthenticationException error, String description) {
        if (error instanceof OAuth2AuthenticationException oauth) {
            return "Bearer error=\"" + oauth.getError().getErrorCode() + "\", error_description=\"" + description
                    + "\"";
        }
        return "Bearer";
    }
}
