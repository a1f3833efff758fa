package org.backboneplanner.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;

import reactor.core.publisher.Flux;

/**
 * The instances of each service, as configuration lists them: {@code backbone.services.worksheet} is one
 * address or several, comma-separated ({@code http://10.0.0.5:8081,http://10.0.0.6:8081}). Routes name a
 * service ({@code lb://worksheet}) and Spring Cloud LoadBalancer takes its instances in turn. On
 * Kubernetes the one address is the Service's, which spreads the load itself.
 */
@ConfigurationProperties("backbone")
public record ServiceInstances(@DefaultValue Map<String, List<URI>> services) implements ReactiveDiscoveryClient {

    @Override
    public String description() {
        return "the services' addresses from backbone.services.*";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        List<URI> addresses = services.getOrDefault(serviceId, List.of());
        return Flux.fromStream(IntStream.range(0, addresses.size()).mapToObj(i -> instance(serviceId, i, addresses.get(i))));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(services.keySet());
    }

    private static ServiceInstance instance(String service, int index, URI address) {
        boolean secure = "https".equals(address.getScheme());
        int port = address.getPort() != -1 ? address.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(service + "-" + index, service, address.getHost(), port, secure);
    }
}
