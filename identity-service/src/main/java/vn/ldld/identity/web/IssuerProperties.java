package vn.ldld.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuerUri the {@code iss} of every token and the base of the discovery document ({@code ISSUER_URI}); the
 *                  services trust exactly this value
 */
@ConfigurationProperties("identity")
public record IssuerProperties(@DefaultValue("http://localhost:9000") String issuerUri) {
}
