package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backboneplanner.system.WriteChains.Applied;
import org.junit.jupiter.api.Test;

/** The load suite's judge of lost writes, on histories made by hand. */
class WriteChainsTest {

    private final WriteChains chains = new WriteChains();
    private final List<String> problems = new ArrayList<>();

    @Test
    void writesThatFollowEachOtherLoseNothing() {
        chains.begins("ROW", "v1");
        chains.applied(new Applied("ROW", "strengths", "v1", "v2", "a"));
        chains.applied(new Applied("ROW", "sharing", "v2", "v3", "b"));
        chains.applied(new Applied("ROW", "strengths", "v3", "v4", "c"));

        assertThat(chains.lost(Map.of("ROW", "v4"), Map.of("ROW/strengths", "c", "ROW/sharing", "b"), problems)).isZero();
        assertThat(problems).isEmpty();
    }

    @Test
    void twoWritesAppliedFromTheSameVersionAreALostUpdate() {
        chains.begins("ROW", "v1");
        chains.applied(new Applied("ROW", "strengths", "v1", "v2", "a"));
        chains.applied(new Applied("ROW", "strengths", "v1", "v2", "b"));

        assertThat(chains.lost(Map.of("ROW", "v2"), Map.of("ROW/strengths", "b"), problems)).isPositive();
    }

    @Test
    void aFinalValueOtherThanTheLastAppliedWriteIsALoss() {
        chains.begins("ROW", "v1");
        chains.applied(new Applied("ROW", "strengths", "v1", "v2", "a"));

        assertThat(chains.lost(Map.of("ROW", "v2"), Map.of("ROW/strengths", "old"), problems)).isEqualTo(1);
    }

    @Test
    void aCreatedPartMissingAtTheEndIsALoss() {
        chains.begins("STEP", "s1");

        assertThat(chains.lost(Map.of(), Map.of(), problems)).isEqualTo(1);
    }
}
