package vn.ldld.identity.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the issued tokens say and how long they last.
 *
 * @param audience        the {@code aud} of every access token, the value the services require
 *                        ({@code SECURITY_AUDIENCE})
 * @param accessTokenTtl  how long an access token is valid ({@code IDENTITY_ACCESS_TOKEN_TTL})
 * @param refreshTokenTtl how long a refresh token is valid ({@code IDENTITY_REFRESH_TOKEN_TTL})
 */
@ConfigurationProperties("identity.token")
public record TokenProperties(@DefaultValue("ldld-api") String audience,
                              @DefaultValue("30m") Duration accessTokenTtl,
                              @DefaultValue("8h") Duration refreshTokenTtl) {
}
