package vn.ldld.gateway.routing;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code gateway.discovery=dns}: every address a service's host name resolves to is an instance, on the port of its
 * URL. With {@code REPORT_SERVICE_URLS=http://report-service:8082}, {@code docker compose --scale report-service=3}
 * (one A record per container) or a Kubernetes headless Service (one per ready pod) puts every instance behind the
 * route with no other change. Names are resolved again whenever the load balancer's cache of instances expires
 * ({@code spring.cloud.loadbalancer.cache.ttl}); the JVM's own cache of answers lasts {@code networkaddress.cache.ttl}.
 */
@Component
@ConditionalOnProperty(name = "gateway.discovery", havingValue = "dns")
class DnsDiscoveryClient implements ReactiveDiscoveryClient {

    private static final Logger log = LoggerFactory.getLogger(DnsDiscoveryClient.class);

    private final ServiceInstancesProperties properties;

    DnsDiscoveryClient(ServiceInstancesProperties properties) {
        this.properties = properties;
    }

    @Override
    public String description() {
        return "Service instances from every address of the host names in gateway.instances";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(properties.instances().getOrDefault(serviceId, List.of()))
                .concatMap(uri -> addresses(uri).flatMapMany(Flux::fromIterable)
                        .map(address -> StaticDiscoveryClient.instance(serviceId,
                                serviceId + "@" + address + ":" + uri.getPort(), uri, address)));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(properties.instances().keySet());
    }

    /** The host's addresses, resolved off the event loop (the JVM resolver blocks); none if it does not resolve. */
    private static Mono<List<String>> addresses(URI uri) {
        return Mono.fromCallable(() -> Arrays.stream(InetAddress.getAllByName(uri.getHost()))
                        .map(InetAddress::getHostAddress).distinct().toList())
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(UnknownHostException.class, e -> {
                    log.atWarn().setMessage("No address for a service's host name").addKeyValue("host", uri.getHost())
                            .log();
                    return Mono.just(List.of());
                });
    }
}
