package vn.ldld.identity.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import vn.ldld.identity.account.PlatformRoles;
import vn.ldld.identity.client.ClientProperties.ClientDefinition;
import vn.ldld.identity.token.TokenProperties;

/**
 * Turns the configured clients into registered clients: public clients authenticate with PKCE alone, confidential ones
 * with their (hashed) secret; all are first-party, so no consent screen; access tokens are self-contained JWTs.
 */
@Configuration(proxyBeanMethods = false)
public class ClientRegistrations {

    /** The client setting that carries a machine client's roles to the token customizer. */
    public static final String ROLES_SETTING = "vn.ldld.identity.client.roles";

    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]+}.+");
    private static final Set<String> GRANT_TYPES = Set.of(AuthorizationGrantType.AUTHORIZATION_CODE.getValue(),
            AuthorizationGrantType.REFRESH_TOKEN.getValue(), AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientProperties properties, TokenProperties tokens,
                                                          PasswordEncoder passwordEncoder) {
        if (properties.clients().isEmpty()) {
            throw new IllegalStateException("identity.clients: no client is configured");
        }
        List<RegisteredClient> clients = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ClientDefinition definition : properties.clients()) {
            RegisteredClient client = toRegisteredClient(definition, tokens, passwordEncoder);
            if (!ids.add(client.getClientId())) {
                throw new IllegalStateException("identity.clients: client '" + client.getClientId()
                        + "' is configured twice");
            }
            clients.add(client);
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    static RegisteredClient toRegisteredClient(ClientDefinition definition, TokenProperties tokens,
                                               PasswordEncoder passwordEncoder) {
        String clientId = definition.clientId();
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalStateException("identity.clients: a client has no client-id");
        }
        if (definition.grantTypes().isEmpty()) {
            throw new IllegalStateException("identity.clients: client '" + clientId + "' has no grant type");
        }
        for (String grantType : definition.grantTypes()) {
            if (!GRANT_TYPES.contains(grantType)) {
                throw new IllegalStateException("identity.clients: client '" + clientId + "' has unsupported grant type '"
                        + grantType + "' (supported: " + GRANT_TYPES + ")");
            }
        }
        for (String role : definition.roles()) {
            if (!PlatformRoles.ALL.contains(role)) {
                throw new IllegalStateException("identity.clients: client '" + clientId + "' has unknown role '" + role
                        + "'");
            }
        }
        boolean codeFlow = definition.grantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE.getValue());
        if (codeFlow && definition.redirectUris().isEmpty()) {
            throw new IllegalStateException("identity.clients: client '" + clientId + "' has no redirect URI");
        }
        if (definition.isPublic() && definition.grantTypes()
                .contains(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue())) {
            throw new IllegalStateException("identity.clients: public client '" + clientId
                    + "' cannot use client_credentials (it has no secret)");
        }

        RegisteredClient.Builder builder = RegisteredClient
                .withId(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(clientId)
                .clientName(clientId);
        if (definition.isPublic()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        else {
            String secret = ENCODED.matcher(definition.secret()).matches() ? definition.secret()
                    : passwordEncoder.encode(definition.secret());
            builder.clientSecret(secret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        definition.grantTypes().forEach((grantType) -> builder.authorizationGrantType(
                new AuthorizationGrantType(grantType)));
        definition.redirectUris().forEach(builder::redirectUri);
        definition.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
        definition.scopes().forEach(builder::scope);
        builder.clientSettings(ClientSettings.builder()
                // PKCE for every code flow, public or not; first-party clients: no consent screen
                .requireProofKey(codeFlow)
                .requireAuthorizationConsent(false)
                .setting(ROLES_SETTING, definition.roles())
                .build());
        builder.tokenSettings(TokenSettings.builder()
                .accessTokenTimeToLive(tokens.accessTokenTtl())
                .refreshTokenTimeToLive(tokens.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .build());
        return builder.build();
    }
}
