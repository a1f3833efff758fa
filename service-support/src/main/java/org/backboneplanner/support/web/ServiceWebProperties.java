package org.backboneplanner.support.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How a service's HTTP API behaves.
 *
 * @param maxRequestBody the largest request body accepted; larger ones get 413
 * @param publicPaths    paths answered without a token (e.g. a signed unsubscribe link)
 * @param hashedEtagPaths GET paths (patterns) whose answers get an ETag from a hash of their body, and 304 on
 *                        a matching {@code If-None-Match}: reads with no version of their own
 */
@ConfigurationProperties("backbone.web")
public record ServiceWebProperties(@DefaultValue("256KB") DataSize maxRequestBody,
                                   @DefaultValue List<String> publicPaths,
                                   @DefaultValue List<String> hashedEtagPaths) {
}
