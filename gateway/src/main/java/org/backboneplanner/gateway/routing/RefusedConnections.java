package org.backboneplanner.gateway.routing;

import java.net.ConnectException;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Tells {@link ServiceInstances} which instance refused a request, right after the load balancer chose it; the
 * Retry filter then sends the request again, to another instance. An instance refuses a request when it refuses the
 * connection, or when it closes a kept-alive connection before the request's body was all written to it (an
 * instance stopping, or closing an idle connection just as the gateway reused it): it never had the whole request,
 * and no service acts on a request whose body it did not read, so a write is as safe to send again as a read.
 */
class RefusedConnections implements GlobalFilter, Ordered {

    /** What Reactor Netty says when the connection closed while the request's body was still being written. */
    static final String CLOSED_WHILE_SENDING = "while sending request body";

    private final ServiceInstances instances;

    RefusedConnections(ServiceInstances instances) {
        this.instances = instances;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .onErrorMap(error -> closedBeforeSent(error, exchange.getRequest()), NotSent::new)
                .doOnError(error -> {
                    if (causedByRefusal(error)) {
                        Response<ServiceInstance> chosen = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
                        if (chosen != null && chosen.hasServer()) {
                            instances.refused(chosen.getServer());
                        }
                    }
                });
    }

    private static boolean causedByRefusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the instance closed the connection before the request was all written, for a request with a body
     * (without one, the head may have been the whole request, and it may have been acted on).
     */
    static boolean closedBeforeSent(Throwable error, ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        boolean body = headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        return body && error instanceof PrematureCloseException
                && error.getMessage() != null && error.getMessage().contains(CLOSED_WHILE_SENDING);
    }

    /** A request the instance closed its connection on before having it whole: retried as a refused connection. */
    static final class NotSent extends ConnectException {

        NotSent(Throwable cause) {
            super("the instance closed the connection before the request was sent: " + cause.getMessage());
            initCause(cause);
        }
    }

    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
    }
}
