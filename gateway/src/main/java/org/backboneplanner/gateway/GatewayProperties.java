package org.backboneplanner.gateway;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param identityHeaders    request headers that could pass for an identity downstream; removed from
 *                           every client request, since only the token says who the caller is
 * @param identityHeaderPrefixes prefixes of such headers (any header starting with one is removed)
 */
@ConfigurationProperties("backbone.gateway")
public record GatewayProperties(
        @DefaultValue({"X-User", "X-User-Id", "X-Remote-User", "Remote-User", "X-Forwarded-User",
                "X-Forwarded-Email", "X-Network-Id"}) List<String> identityHeaders,
        @DefaultValue({"X-Member-", "X-Auth-", "X-Userinfo"}) List<String> identityHeaderPrefixes) {
}
