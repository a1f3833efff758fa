package org.backboneplanner.support.outbox;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What a write does when another write to the same aggregate came first: wait a little, more each
 * time and at random, so writers racing on one document fall out of step instead of colliding again.
 */
public final class Contention {

    /** Attempts a write makes before it gives up (answered 409). */
    public static final int ATTEMPTS = 20;

    private Contention() {
    }

    public static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
