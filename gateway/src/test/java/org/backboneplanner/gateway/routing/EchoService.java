package org.backboneplanner.gateway.routing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server standing in for a service: it answers its name and remembers each request's headers. */
final class EchoService implements AutoCloseable {

    private final HttpServer server;
    private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();

    EchoService(String name) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Headers headers = exchange.getRequestHeaders();
            requests.add(Map.copyOf(headers));
            byte[] body = ("{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requestCount() {
        return requests.size();
    }

    Map<String, List<String>> lastHeaders() {
        return requests.get(requests.size() - 1);
    }

    String lastHeader(String name) {
        return lastHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
