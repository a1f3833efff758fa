package org.backboneplanner.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** Ports for servers started later come from below the range outgoing connections take, and are free. */
class FreePortsTest {

    @Test
    void aPortBelowTheEphemeralRangeThatCanBeBound() throws Exception {
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.free();
            assertThat(port).isBetween(10_000, FreePorts.firstEphemeral() - 1);
            try (ServerSocket server = new ServerSocket(port)) {
                assertThat(server.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aPortInUseIsNeverGiven() throws Exception {
        try (ServerSocket taken = new ServerSocket(FreePorts.free())) {
            for (int i = 0; i < 200; i++) {
                assertThat(FreePorts.free()).isNotEqualTo(taken.getLocalPort());
            }
        }
    }
}
