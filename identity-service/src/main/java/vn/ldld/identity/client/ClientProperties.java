package vn.ldld.identity.client;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OAuth 2 clients allowed to ask for tokens, from configuration ({@code identity.clients}).
 *
 * @param clients every registered client
 */
@ConfigurationProperties("identity")
public record ClientProperties(List<ClientDefinition> clients) {

    public ClientProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * One client as configured.
     *
     * @param clientId     the {@code client_id}
     * @param secret       the secret of a confidential client (plain, hashed at startup, or {@code {bcrypt}...});
     *                     empty for a public client, which must then use PKCE
     * @param grantTypes   {@code authorization_code}, {@code refresh_token}, {@code client_credentials}
     * @param redirectUris where the authorization endpoint may send the code
     * @param postLogoutRedirectUris where the end-session endpoint may send the browser back after signing out
     * @param scopes       the scopes the client may ask for
     * @param roles        the {@code roles} claim of its client-credentials tokens (a machine client's roles)
     */
    public record ClientDefinition(String clientId, String secret, List<String> grantTypes, List<String> redirectUris,
                                   List<String> postLogoutRedirectUris, List<String> scopes, List<String> roles) {

        public ClientDefinition {
            grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
            redirectUris = redirectUris == null ? List.of()
                    : redirectUris.stream().map(String::strip).filter((uri) -> !uri.isEmpty()).toList();
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of()
                    : postLogoutRedirectUris.stream().map(String::strip).filter((uri) -> !uri.isEmpty()).toList();
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** @return whether the client has no secret (a browser app, the command line) */
        public boolean isPublic() {
            return secret == null || secret.isBlank();
        }

        @Override
        public String toString() {
            // never the secret
            return "ClientDefinition[clientId=" + clientId + ", grantTypes=" + grantTypes + ", scopes=" + scopes
                    + "]";
        }
    }
}
