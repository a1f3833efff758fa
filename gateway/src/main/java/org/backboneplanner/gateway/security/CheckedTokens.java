package org.backboneplanner.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Checks a bearer token once, then remembers it until it expires: a member's UI sends the same token with
 * every call for minutes, and its RSA signature check was a quarter of the gateway's CPU per call (Flight
 * Recorder, docs/performance.md). Only a token that passed every check (signature, issuer, audience, times)
 * is remembered, under its exact text; the services still check it themselves.
 */
final class CheckedTokens implements ReactiveJwtDecoder {

    /** Bounded: a flood of distinct valid tokens empties the memory instead of growing it. */
    static final int MAX_REMEMBERED = 4096;

    private final ReactiveJwtDecoder checks;
    private final Clock clock;
    private final Map<String, Jwt> valid = new ConcurrentHashMap<>();

    CheckedTokens(ReactiveJwtDecoder checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = valid.get(token);
        if (known != null) {
            if (stillValid(known, clock.instant())) {
                return Mono.just(known);
            }
            valid.remove(token);
        }
        return checks.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (!stillValid(jwt, now)) {
            return; // no expiry, or within the checks' clock skew: checked every time
        }
        if (valid.size() >= MAX_REMEMBERED) {
            valid.values().removeIf(known -> !stillValid(known, now));
            if (valid.size() >= MAX_REMEMBERED) {
                valid.clear();
            }
        }
        valid.put(token, jwt);
    }

    private static boolean stillValid(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt());
    }

    int remembered() {
        return valid.size();
    }
}
