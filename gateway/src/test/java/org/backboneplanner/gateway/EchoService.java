package org.backboneplanner.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a service: it answers its name and remembers each request's
 * headers and body size. A path with {@code /slow} answers only once {@link #release()} is called; one with
 * {@code /large} answers over 4 KB.
 */
public final class EchoService implements AutoCloseable {

    private final HttpServer server;
    private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
    private final List<Long> bodySizes = new CopyOnWriteArrayList<>();
    private final CountDownLatch slow = new CountDownLatch(1);

    public EchoService(String name) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Headers headers = exchange.getRequestHeaders();
            try (InputStream in = exchange.getRequestBody()) {
                bodySizes.add(in.transferTo(OutputStream.nullOutputStream()));
            }
            requests.add(Map.copyOf(headers));
            String path = exchange.getRequestURI().getPath();
            if (path.contains("/slow")) {
                try {
                    slow.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            // a path with /large answers over 4 KB of JSON, as a worksheet does
            String padding = path.contains("/large") ? ",\"padding\":\"" + "ab".repeat(2048) + "\"" : "";
            byte[] body = ("{\"service\":\"" + name + "\",\"path\":\"" + path + "\"" + padding + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public static EchoService start(String name) {
        try {
            return new EchoService(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int requestCount() {
        return requests.size();
    }

    public Map<String, List<String>> lastHeaders() {
        return requests.get(requests.size() - 1);
    }

    public String lastHeader(String name) {
        return lastHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    public long lastBodySize() {
        return bodySizes.get(bodySizes.size() - 1);
    }

    /** Lets the requests waiting on a slow path be answered. */
    public void release() {
        slow.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
