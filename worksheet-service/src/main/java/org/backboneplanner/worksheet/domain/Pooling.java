package org.backboneplanner.worksheet.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;

/** Step 2: what the table intends to pool, and with whom. The resources themselves live in partner-service. */
public class Pooling {

    private List<Intention> intentions;
    private long version;

    public Pooling(List<Intention> intentions, long version) {
        this.intentions = new ArrayList<>(intentions == null ? List.of() : intentions);
        this.version = version;
    }

    public static Pooling empty() {
        return new Pooling(List.of(), 1);
    }

    public Optional<PoolingIntentionsUpdated> write(List<Intention> newIntentions) {
        if (newIntentions.equals(intentions)) {
            return Optional.empty();
        }
        List<Intention> before = List.copyOf(intentions);
        intentions = new ArrayList<>(newIntentions);
        version++;
        return Optional.of(new PoolingIntentionsUpdated(List.copyOf(intentions), before));
    }

    public Pooling copy() {
        return new Pooling(intentions, version);
    }

    public List<Intention> intentions() {
        return List.copyOf(intentions);
    }

    public long version() {
        return version;
    }
}
