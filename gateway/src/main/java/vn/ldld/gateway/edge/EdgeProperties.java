package vn.ldld.gateway.edge;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and browser rules at the edge.
 *
 * @param maxBodySize largest declared request body ({@code Content-Length}, bytes) let through
 *                    ({@code GATEWAY_MAX_BODY_SIZE}); chunked bodies are limited by each service
 * @param cors        the browser origins that may call the API ({@code CORS_ALLOWED_ORIGINS})
 */
@ConfigurationProperties("gateway")
public record EdgeProperties(@DefaultValue("262144") long maxBodySize, @DefaultValue Cors cors) {

    /** @param allowedOrigins exact origins, e.g. {@code http://localhost:5173} */
    public record Cors(@DefaultValue("http://localhost:5173") List<String> allowedOrigins) {
    }
}
