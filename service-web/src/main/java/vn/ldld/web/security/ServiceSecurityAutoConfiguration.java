package vn.ldld.web.security;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

import vn.ldld.tokens.TokenChecks;
import vn.ldld.tokens.VerifiedTokens;
import vn.ldld.web.JsonLimits;

/**
 * Makes a service an OAuth2 resource server that enforces its own rules even when called past the gateway:
 * <ul>
 *     <li>every {@code /api/**} request needs a token signed by the issuer's key, with the platform's issuer and
 *     audience, not expired (small clock skew) and signed with RS256 ({@code alg: none} and HMAC are refused);
 *     health, metrics and the OpenAPI document stay open;</li>
 *     <li>401 and 403 answers are problems with the correlation id;</li>
 *     <li>controllers take a {@link Caller} (subject, roles, unit from the token) and {@code @PreAuthorize}, whose
 *     rule is checked before the body is read (403 rather than a 400 about the body);</li>
 *     <li>request bodies over {@code platform.security.max-body-size} get 413, chunked or not; JSON is read with
 *     nesting and number limits, unknown properties are refused and so is a number or boolean given for a text;</li>
 *     <li>a request the firewall refuses ({@code ;} or {@code //} in the path, control characters in a header) gets
 *     a 400 problem; the probes {@code /livez} and {@code /readyz} stay open.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtAuthenticationConverter tokenConverter)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/livez", "/readyz", "/actuator/health",
                                "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs",
                                "/v3/api-docs/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerHeaderResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * No observation of each security filter, authentication and authorization: nothing reads them (no tracer; the
     * dashboards and alerts use {@code http_server_requests} and the services' own metrics), and they were about 5 %
     * of a service's CPU per request. The request's own observation ({@code http_server_requests}) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its character checks made without regular expressions. */
    @Bean
    WebSecurityCustomizer firewallCharacters() {
        return web -> web.httpFirewall(FirewallCharacters.firewall());
    }

    /** Requests the firewall refuses get a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RejectedRequests();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) throws IOException {
        NimbusJwtDecoder decoder;
        if (properties.publicKeyLocation() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(TokenChecks.rsaPublicKey(properties.publicKeyLocation()))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        } else {
            decoder = NimbusJwtDecoder.withJwkSetUri(TokenChecks.jwkSetUri(properties.issuerUri(), properties.jwkSetUri()))
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        }
        OAuth2TokenValidator<Jwt> checks = TokenChecks.validator(properties.issuerUri(), properties.audience(),
                properties.clockSkew());
        decoder.setJwtValidator(checks);
        return new VerifiedTokens(checks).in(decoder);
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter(SecurityProperties properties) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    @Bean
    WebMvcConfigurer callerArgument(SecurityProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(properties.unitClaim()));
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EarlyAuthorization()).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(SecurityProperties properties) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(properties.maxBodySize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Boot's JSON mapper, read with limits: deep nesting, long numbers and unknown properties are refused; a text is
     * bounded by the body limit, and each field's own limit names the field and its length.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder limitedJsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers,
                                                SecurityProperties properties) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(JsonLimits.constraints(properties.maxBodySize())).build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // a number or true/false where text is expected is refused, not stored as its text ("1e18", "true")
        builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        return builder;
    }
}
