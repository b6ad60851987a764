package vn.ldld.gateway.routing;

import java.net.URI;
import java.util.List;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

/**
 * Serves the static instance lists from the settings to Spring Cloud LoadBalancer, which spreads the requests of
 * an {@code lb://service} route over them. A deployment with a registry or Kubernetes replaces this bean.
 */
@Component
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
        return Flux.range(0, uris.size()).map(i -> instance(serviceId, i, uris.get(i)));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(properties.instances().keySet());
    }

    private static ServiceInstance instance(String serviceId, int index, URI uri) {
        return new DefaultServiceInstance(serviceId + "-" + index, serviceId, uri.getHost(), uri.getPort(),
                "https".equals(uri.getScheme()));
    }
}
