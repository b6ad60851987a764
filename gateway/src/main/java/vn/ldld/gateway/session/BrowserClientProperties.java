package vn.ldld.gateway.session;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway as the console's OAuth2 client of the identity service ({@code gateway.session.client}). The endpoints
 * default to the issuer's ({@code platform.security.issuer-uri}) standard paths, so that the gateway starts without
 * asking the issuer anything; a deployment whose browsers and gateway reach the issuer by different addresses sets
 * them one by one.
 *
 * @param clientId         the registered client ({@code CAMPAIGN_WEB_CLIENT_ID})
 * @param clientSecret     its secret ({@code CAMPAIGN_WEB_SECRET}; the demo default is for the local platform only)
 * @param scopes           the scopes asked for
 * @param authorizationUri where browsers are sent to sign in; issuer + {@code /oauth2/authorize} when empty
 * @param tokenUri         where the gateway exchanges the code; issuer + {@code /oauth2/token} when empty
 * @param jwkSetUri        the keys of the ID tokens; issuer + {@code /oauth2/jwks} when empty
 * @param endSessionUri    where browsers end their identity session on sign-out; issuer + {@code /connect/logout}
 *                         when empty
 */
@ConfigurationProperties("gateway.session.client")
public record BrowserClientProperties(@DefaultValue("campaign-web") String clientId,
                                      @DefaultValue("web-secret") String clientSecret,
                                      @DefaultValue({"openid", "profile"}) List<String> scopes,
                                      String authorizationUri, String tokenUri, String jwkSetUri,
                                      String endSessionUri) {
}
