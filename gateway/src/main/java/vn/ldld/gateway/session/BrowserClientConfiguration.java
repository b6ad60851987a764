package vn.ldld.gateway.session;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import vn.ldld.gateway.security.SecurityProperties;

/**
 * The console's client registration, built from settings (no discovery call at startup), the tokens kept in each
 * browser's session (so they end with it), and the manager that renews an expired access token with the refresh token
 * before it is relayed.
 */
@Configuration(proxyBeanMethods = false)
class BrowserClientConfiguration {

    /** The registration id, also the last segment of the redirect URI {@code /login/oauth2/code/campaign-web}. */
    static final String REGISTRATION_ID = "campaign-web";

    /**
     * @param publicUrl where users reach the gateway ({@code GATEWAY_PUBLIC_URL}): the identity service sends the
     *                  browser back there, whatever address a proxy in front of the gateway forwarded the request to
     */
    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(BrowserClientProperties client,
                                                             SecurityProperties security,
                                                             @Value("${gateway.public-url}") String publicUrl) {
        String issuer = security.issuerUri().replaceAll("/+$", "");
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(publicUrl.replaceAll("/+$", "") + "/login/oauth2/code/{registrationId}")
                .scope(client.scopes())
                .issuerUri(issuer)
                .authorizationUri(or(client.authorizationUri(), issuer + "/oauth2/authorize"))
                .tokenUri(or(client.tokenUri(), issuer + "/oauth2/token"))
                .jwkSetUri(or(client.jwkSetUri(), or(security.jwkSetUri(), issuer + "/oauth2/jwks")))
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        or(client.endSessionUri(), issuer + "/connect/logout")))
                .build();
        return new InMemoryReactiveClientRegistrationRepository(registration);
    }

    /** In the browser's session: the tokens go when the session goes (sign-out, expiry), never shared between two. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Gives the relayed request a valid access token, renewing it with the refresh token when it has expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                                                                  ServerOAuth2AuthorizedClientRepository clients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
                registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return new SignedOutWhenUnrenewable(manager);
    }

    /**
     * The platform roles of a signed-in person, from the ID token's {@code roles} claim, as {@code ROLE_...}
     * authorities: the same the gateway gives a bearer token, so access rules and rate budgets treat both alike.
     */
    @Bean
    GrantedAuthoritiesMapper platformRoles(SecurityProperties security) {
        return authorities -> authorities.stream()
                .filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                .flatMap(oidc -> {
                    List<String> roles = oidc.getIdToken().getClaimAsStringList(security.rolesClaim());
                    return roles == null ? java.util.stream.Stream.<GrantedAuthority>empty()
                            : roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role));
                })
                .distinct().toList();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

}
