package vn.ldld.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The instances behind each service name ({@code gateway.instances.<service>}), e.g.
 * {@code REPORT_SERVICE_URLS=http://127.0.0.1:8082,http://127.0.0.1:8182}.
 */
@ConfigurationProperties("gateway")
public record ServiceInstancesProperties(Map<String, List<URI>> instances) {

    public ServiceInstancesProperties {
        instances = instances == null ? Map.of() : Map.copyOf(instances);
    }
}
