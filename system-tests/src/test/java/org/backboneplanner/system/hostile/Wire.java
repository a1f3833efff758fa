package org.backboneplanner.system.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a socket of its own for each request ({@code Connection: close}): the request goes on
 * the wire exactly as written (odd paths, early answers, {@code Expect: 100-continue}, chunked bodies),
 * and a connection a hostile request left in a strange state is never reused by the next one.
 * (The JDK's client reuses a connection whose request body was still being written when an early
 * answer came, and the next request on it then hangs.)
 */
final class Wire {

    /** An answer: status, headers (lower-case names) and the body, read up to {@code maxBody} bytes. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private Wire() {
    }

    static Answer exchange(String base, String method, String path, Map<String, String> headers, byte[] body,
                           boolean chunked, boolean expectContinue, int maxBody) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
                if (expectContinue) {
                    head.append("Expect: 100-continue\r\n");
                }
            } else if (!method.equals("GET") && !method.equals("DELETE")) {
                head.append("Content-Length: 0\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            Answer early = null;
            if (body != null && expectContinue) {
                early = interim(socket, in, maxBody);
            }
            if (body != null && early == null) {
                try {
                    writeBody(out, body, chunked);
                } catch (IOException e) {
                    // the server answered and closed before taking it all: its answer may still be there to read
                }
            }
            return early != null ? early : read(in, maxBody);
        }
    }

    /** After {@code Expect: 100-continue}: null on {@code 100 Continue}, the final answer if it came at once. */
    private static Answer interim(Socket socket, InputStream in, int maxBody) throws IOException {
        socket.setSoTimeout(2_000);
        try {
            Answer answer = read(in, maxBody);
            return answer.status() == 100 ? null : answer;
        } catch (SocketTimeoutException e) {
            return null; // no word from the server: send the body, as clients do
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
    }

    private static void writeBody(OutputStream out, byte[] body, boolean chunked) throws IOException {
        if (!chunked) {
            out.write(body);
        } else {
            for (int offset = 0; offset < body.length; offset += 8192) {
                int length = Math.min(8192, body.length - offset);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, offset, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    private static Answer read(InputStream in, int maxBody) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("the connection closed without an answer");
        }
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + Report.cut(status, 80));
        }
        int code = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        if (code == 100 || headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
            return new Answer(code, headers, new byte[0]); // a live stream that opened stays open: its status says enough
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null && body.size() < maxBody; size = line(in)) {
                int length = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (length == 0) {
                    break;
                }
                copy(in, body, length, maxBody);
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            copy(in, body, Long.parseLong(headers.get("content-length")), maxBody);
        } else {
            copy(in, body, Long.MAX_VALUE, maxBody);
        }
        return new Answer(code, headers, body.toByteArray());
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, long length, int maxBody) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0 && body.size() < maxBody) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(left, maxBody - body.size())));
            if (n < 0) {
                return;
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
