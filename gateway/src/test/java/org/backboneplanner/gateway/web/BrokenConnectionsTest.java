package org.backboneplanner.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * A connection to a service broken under a request is the service's side failing (502); the same kind of error
 * from the gateway's own work, e.g. a file of the web UI it cannot read, is the gateway's fault (500).
 */
class BrokenConnectionsTest {

    @Test
    void aConnectionResetUnderAProxiedRequestIsABadGateway() {
        MockServerWebExchange proxied = MockServerWebExchange.from(MockServerHttpRequest.get("/api/networks/n/initiatives"));
        proxied.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR, URI.create("http://127.0.0.1:8081/x"));

        assertThat(GatewayErrors.problemFor(new IOException("Connection reset by peer"), proxied).status())
                .isEqualTo(HttpStatus.BAD_GATEWAY);
    }

    @Test
    void aFileTheGatewayCannotReadIsItsOwnFault() {
        MockServerWebExchange own = MockServerWebExchange.from(MockServerHttpRequest.get("/app/main.js"));

        assertThat(GatewayErrors.problemFor(new FileNotFoundException("static/app/main.js"), own).status())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
