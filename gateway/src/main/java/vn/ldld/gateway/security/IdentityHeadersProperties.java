package vn.ldld.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request headers that claim an identity and must never reach a service from a client
 * ({@code gateway.identity-headers.strip}, env {@code GATEWAY_STRIP_HEADERS}). {@code Authorization} is never
 * stripped, even when listed: the services check the token themselves.
 */
@ConfigurationProperties("gateway.identity-headers")
public record IdentityHeadersProperties(@DefaultValue({"X-User", "X-User-Id", "X-Unit", "X-Unit-Code", "X-Roles",
        "X-Authenticated-User", "X-Forwarded-User", "X-Auth-Request-User", "X-Auth-Request-Email", "X-Caller"})
                                        List<String> strip) {

    public IdentityHeadersProperties {
        strip = strip == null ? List.of() : strip.stream().map(String::trim)
                .filter(name -> !name.isEmpty() && !name.equalsIgnoreCase("Authorization")).toList();
    }
}
