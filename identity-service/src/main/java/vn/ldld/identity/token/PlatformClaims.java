package vn.ldld.identity.token;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import vn.ldld.identity.account.AccountDirectory;
import vn.ldld.identity.client.ClientRegistrations;

/**
 * Adds what the platform's services read to the tokens: every access token names the platform's API as audience;
 * a user's tokens (access and ID) carry {@code roles}, {@code unit} (unit accounts only) and {@code name}; a machine
 * client's access token carries the roles configured for that client (its {@code sub} is the client id).
 */
@Component
public class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String UNIT = "unit";
    public static final String NAME = "name";

    private final AccountDirectory accounts;
    private final TokenProperties properties;

    public PlatformClaims(AccountDirectory accounts, TokenProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (accessToken) {
            context.getClaims().audience(List.of(this.properties.audience()));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            List<String> roles = context.getRegisteredClient().getClientSettings()
                    .getSetting(ClientRegistrations.ROLES_SETTING);
            context.getClaims().claim(ROLES, roles == null ? List.of() : List.copyOf(roles));
            return;
        }
        this.accounts.find(context.getPrincipal().getName()).ifPresent((account) -> {
            context.getClaims().claim(ROLES, account.roles());
            context.getClaims().claim(NAME, account.displayName());
            if (account.unit() != null) {
                context.getClaims().claim(UNIT, account.unit());
            }
        });
    }
}
