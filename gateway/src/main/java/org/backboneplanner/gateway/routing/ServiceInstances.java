package org.backboneplanner.gateway.routing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;

import reactor.core.publisher.Flux;

/**
 * The instances of each service, from {@link ServiceAddresses}, for Spring Cloud LoadBalancer, which
 * takes them in turn. An instance that refused a connection (stopped, or gone) is left out for a while
 * ({@code backbone.gateway.instances.rest-after-refusal}), so the retry of that request and the requests
 * after it go to the others; if every instance refused, all are offered again rather than none.
 */
public class ServiceInstances implements ReactiveDiscoveryClient {

    private final Map<String, List<ServiceInstance>> instances;
    private final Map<String, Instant> resting = new ConcurrentHashMap<>();
    private final Duration rest;
    private final Clock clock;

    public ServiceInstances(ServiceAddresses addresses, Duration rest, Clock clock) {
        this.instances = new ConcurrentHashMap<>();
        addresses.services().forEach((service, uris) -> instances.put(service,
                IntStream.range(0, uris.size()).mapToObj(i -> instance(service, i, uris.get(i))).toList()));
        this.rest = rest;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "the services' addresses from backbone.services.*";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        List<ServiceInstance> all = instances.getOrDefault(serviceId, List.of());
        Instant now = clock.instant();
        List<ServiceInstance> ready = all.stream()
                .filter(instance -> !resting.getOrDefault(instance.getInstanceId(), Instant.MIN).isAfter(now)).toList();
        return Flux.fromIterable(ready.isEmpty() ? all : ready);
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }

    /** {@code instance} refused a connection: leave it out for a while. */
    public void refused(ServiceInstance instance) {
        resting.put(instance.getInstanceId(), clock.instant().plus(rest));
    }

    private static ServiceInstance instance(String service, int index, URI address) {
        boolean secure = "https".equals(address.getScheme());
        int port = address.getPort() != -1 ? address.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(service + "-" + index, service, address.getHost(), port, secure);
    }
}
