package org.backboneplanner.runtime;

import java.io.IOException;
import java.net.ServerSocket;

/** Free loopback ports, for tests that must not collide with a running system. */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
