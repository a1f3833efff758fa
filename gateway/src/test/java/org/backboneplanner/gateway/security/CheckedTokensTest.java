package org.backboneplanner.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.backboneplanner.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class CheckedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();

    /** The real checks' stand-in: counts its calls, and refuses the token "forged". */
    private final ReactiveJwtDecoder checker = token -> {
        checks.incrementAndGet();
        if (token.equals("forged")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                .issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plus(Duration.ofMinutes(5))).build());
    };

    @Test
    void aValidTokenIsCheckedOnceUntilItExpires() {
        CheckedTokens tokens = new CheckedTokens(checker, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens.decode("good").block().getSubject()).isEqualTo("alice");
        assertThat(tokens.decode("good").block().getSubject()).isEqualTo("alice");

        assertThat(checks).hasValue(1);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndNotRemembered() {
        MutableClock clock = new MutableClock(NOW);
        CheckedTokens tokens = new CheckedTokens(checker, clock);
        tokens.decode("good").block();

        clock.advance(Duration.ofMinutes(6));
        tokens.decode("good").block();

        assertThat(checks).hasValue(2);
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        CheckedTokens tokens = new CheckedTokens(checker, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(2);
        assertThat(tokens.remembered()).isZero();
    }
}
