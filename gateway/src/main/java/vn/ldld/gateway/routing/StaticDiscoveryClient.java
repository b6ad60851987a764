package vn.ldld.gateway.routing;

import java.net.URI;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

/**
 * Serves the static instance lists from the settings to Spring Cloud LoadBalancer, which spreads the requests of
 * an {@code lb://service} route over them ({@code gateway.discovery=static}, the default).
 */
@Component
@ConditionalOnProperty(name = "gateway.discovery", havingValue = "static", matchIfMissing = true)
class StaticDiscoveryClient implements ReactiveDiscoveryClient {

    private final ServiceInstancesProperties properties;

    StaticDiscoveryClient(ServiceInstancesProperties properties) {
        this.properties = properties;
    }

    @Override
    public String description() {
        return "Static service instances from gateway.instances";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        List<URI> uris = properties.instances().getOrDefault(serviceId, List.of());
        return Flux.range(0, uris.size()).map(i -> instance(serviceId, serviceId + "-" + i, uris.get(i), uris.get(i).getHost()));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(properties.instances().keySet());
    }

    /** One instance of {@code serviceId} at {@code host} on the port and scheme of {@code uri}. */
    static ServiceInstance instance(String serviceId, String instanceId, URI uri, String host) {
        return new DefaultServiceInstance(instanceId, serviceId, host, uri.getPort(), "https".equals(uri.getScheme()));
    }
}
