package org.backboneplanner.localservers;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for a server started a little later (Keycloak binds its port some 30 s after it was chosen). A port
 * the system hands out ({@code new ServerSocket(0)}) lies in the range it also gives every outgoing connection, so in
 * the meantime any client may take it ("Port already bound", seen once in a test run): ports are taken below that
 * range instead, at random, and checked free; none left there, the system's choice.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;

    private FreePorts() {
    }

    public static int free() {
        int below = firstEphemeral();
        for (int attempt = 0; attempt < 200 && below - LOWEST > 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (bindable(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean bindable(int port) {
        // the wildcard address: refused too when a server listens on the loopback address alone
        try (ServerSocket any = new ServerSocket(port)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /** The first port of the range outgoing connections get (Linux: 32768 unless configured). */
    static int firstEphemeral() {
        try {
            // read line by line: Files.readString trusts the size /proc reports (0) and stops after one byte
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
