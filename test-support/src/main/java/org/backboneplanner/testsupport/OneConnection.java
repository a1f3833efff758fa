package org.backboneplanner.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests sent one after the other over one kept-alive HTTP/1.1 connection, as the gateway's pool sends them: how
 * many a service answers before it closes the connection.
 */
public final class OneConnection {

    private OneConnection() {
    }

    /** @return how many of {@code count} GETs of {@code path} were answered before the service closed the connection */
    public static int answered(int port, String path, int count) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < count; i++) {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = head(in);
                if (head == null) {
                    return i;
                }
                readBody(in, head);
                if (head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close")) {
                    return i + 1;
                }
            }
            return count;
        }
    }

    /** An HTTP message's head, up to its empty line, or null when the connection ends first. */
    public static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The length a head declares for its body, or -1 when it declares none. */
    public static int declaredLength(String head) {
        for (String line : head.toLowerCase(Locale.ROOT).split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return -1;
    }

    /** Reads an answer's body, of a declared length or in chunks. */
    private static void readBody(InputStream in, String head) throws IOException {
        int length = declaredLength(head);
        if (length >= 0) {
            in.readNBytes(length);
            return;
        }
        while (true) {
            int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
            if (size == 0) {
                line(in); // the empty line after the last chunk (no trailers here)
                return;
            }
            in.readNBytes(size);
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
