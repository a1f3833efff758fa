package org.backboneplanner.support.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When an instance is asked to stop, it first drains for {@code backbone.web.shutdown-drain}: it says it
 * is not ready ({@code /actuator/health/readiness} answers 503), serves every request as before but closes
 * each connection after its answer, so no client keeps an idle connection to it; then the graceful
 * shutdown closes its port (a new connection is refused, which the gateway retries on another instance)
 * and finishes the requests under way. On Kubernetes a preStop pause plays this part and the drain stays 0.
 */
public class ShutdownDrain extends OncePerRequestFilter implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);
    private final Duration drain;
    private volatile boolean draining;

    public ShutdownDrain(Duration drain) {
        this.drain = drain;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (drain.isZero() || drain.isNegative()) {
            return;
        }
        draining = true;
        AvailabilityChangeEvent.publish(event.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
        log.info("Draining for {} before stopping", drain);
        try {
            Thread.sleep(drain.toMillis()); // the drain itself: clients let go of their connections meanwhile
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (draining) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        chain.doFilter(request, response);
    }
}
