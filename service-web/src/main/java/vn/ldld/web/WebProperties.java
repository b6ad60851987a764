package vn.ldld.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web settings every service shares.
 *
 * @param publicBaseUrl where users reach the API ({@code PUBLIC_BASE_URL}): the gateway's address, from which every
 *                      link a service answers (a {@code Location}, an {@code existingReport}) is built; never the
 *                      request's {@code Host} or {@code X-Forwarded-*} headers, which any caller can set
 */
@ConfigurationProperties("platform.web")
public record WebProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {
}
