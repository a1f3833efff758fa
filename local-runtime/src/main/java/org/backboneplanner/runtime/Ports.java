package org.backboneplanner.runtime;

import org.backboneplanner.localservers.FreePorts;

/** Free loopback ports, for tests that must not collide with a running system (see {@link FreePorts}). */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        return FreePorts.free();
    }
}
