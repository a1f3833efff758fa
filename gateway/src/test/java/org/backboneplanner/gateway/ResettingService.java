package org.backboneplanner.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.backboneplanner.testsupport.OneConnection;

/**
 * A service that reads each request whole (its head and its declared body), then resets the connection instead of
 * answering, as a process dying under a request would.
 */
public final class ResettingService implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public ResettingService() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "resetting-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                requests.add(readRequest(socket.getInputStream()));
                socket.setSoLinger(true, 0); // close with a reset, not a goodbye
            } catch (IOException e) {
                // the gateway gave up on this one, or the service is closed
            }
        }
    }

    /** @return the request line */
    private static String readRequest(InputStream in) throws IOException {
        String head = OneConnection.head(in);
        if (head == null) {
            throw new IOException("closed before a whole request");
        }
        in.readNBytes(Math.max(0, OneConnection.declaredLength(head)));
        return head.substring(0, head.indexOf("\r\n"));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The request line of each request read whole, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
