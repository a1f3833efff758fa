package org.backboneplanner.support.web;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tags the GET answers of the given paths with a strong ETag made from a hash of their body, and answers
 * 304 with no body when the client's {@code If-None-Match} names it. For reads with no version of their own
 * (a debrief is built from several projections, a page of the directory from many partners): a client that
 * keeps what it read is spared the bytes, and the gateway the proxying of them. An answer that already has an
 * ETag (a version) keeps it; errors and other methods pass untouched ({@code backbone.web.hashed-etag-paths}).
 */
final class HashedEtags extends ShallowEtagHeaderFilter {

    private final List<PathPattern> paths;

    HashedEtags(List<String> paths) {
        this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return paths.stream().noneMatch(pattern -> pattern.matches(path));
    }
}
