package org.backboneplanner.gateway.web;

import java.util.regex.Pattern;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Gzips the web UI's own files (its page, styles, scripts and dictionaries: 267 KB, 97 KB gzipped), which a
 * browser fetches on every load, when it accepts gzip. The services' answers pass as they were written: a few
 * KB each on the way to a browser, and gzip would cost the gateway's CPU on every call, the cost that bounds
 * its throughput (docs/performance.md).
 */
@Component
class StaticCompression implements NettyServerCustomizer {

    /** Below this, gzip's header and the work outweigh what it saves. */
    static final int MIN_BYTES = 1024;
    private static final Pattern TEXT = Pattern.compile("^(text/|application/(javascript|json)|image/svg)");

    @Override
    public HttpServer apply(HttpServer server) {
        return server.compress(StaticCompression::compresses);
    }

    static boolean compresses(HttpServerRequest request, HttpServerResponse response) {
        String path = request.fullPath();
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs/")) {
            return false; // a service's answer
        }
        String type = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        int length = response.responseHeaders().getInt(HttpHeaderNames.CONTENT_LENGTH, MIN_BYTES);
        return type != null && TEXT.matcher(type).find() && length >= MIN_BYTES;
    }
}
