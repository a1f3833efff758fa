package org.backboneplanner.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * A request whose connection the instance closed before the request's body was all written never reached it: it is
 * retried like a refused connection, and the instance rests. One the instance may have had whole (its body written,
 * or no body at all) is not: sending it again could do it twice.
 */
class RefusedConnectionsTest {

    private final ServiceInstances instances = new ServiceInstances(new ServiceAddresses(Map.of("worksheet",
            List.of(URI.create("http://127.0.0.1:1001"), URI.create("http://127.0.0.1:1002")))), Duration.ofSeconds(10),
            Clock.systemUTC());
    private final RefusedConnections filter = new RefusedConnections(instances);

    /** Reactor Netty's own exception, as it raises it (its constructor is not public). */
    private static PrematureCloseException closed(String message) throws Exception {
        Constructor<PrematureCloseException> constructor = PrematureCloseException.class.getDeclaredConstructor(String.class);
        constructor.setAccessible(true);
        return constructor.newInstance(message);
    }

    private Throwable failure(MockServerHttpRequest request, Throwable raised) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        ServiceInstance first = instances.getInstances("worksheet").blockFirst();
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR, new DefaultResponse(first));
        return filter.filter(exchange, e -> Mono.error(raised)).map(nothing -> (Throwable) null)
                .onErrorResume(Mono::just).block();
    }

    private List<String> offered() {
        return instances.getInstances("worksheet").map(ServiceInstance::getInstanceId).collectList().block();
    }

    private static MockServerHttpRequest postWithBody() {
        return MockServerHttpRequest.post("/api/networks/n/initiatives").contentType(MediaType.APPLICATION_JSON)
                .contentLength(13).body("{\"name\":\"x\"}");
    }

    @Test
    void aConnectionClosedWhileTheBodyWasBeingWrittenIsARefusalAndTheInstanceRests() throws Exception {
        Throwable failure = failure(postWithBody(),
                closed("Connection has been closed BEFORE response, while sending request body"));

        assertThat(failure).isInstanceOf(ConnectException.class).hasCauseInstanceOf(PrematureCloseException.class);
        assertThat(offered()).containsExactly("worksheet-1");
    }

    @Test
    void aConnectionClosedOnceTheRequestWasWrittenOrOnARequestWithoutBodyIsNotRetried() throws Exception {
        PrematureCloseException afterSent = closed("Connection prematurely closed BEFORE response");
        assertThat(failure(postWithBody(), afterSent)).isSameAs(afterSent);

        PrematureCloseException whileSending = closed("Connection has been closed BEFORE response, while sending request body");
        assertThat(failure(MockServerHttpRequest.delete("/api/networks/n/initiatives/i").build(), whileSending))
                .isSameAs(whileSending);
        assertThat(offered()).containsExactly("worksheet-0", "worksheet-1");
    }
}
