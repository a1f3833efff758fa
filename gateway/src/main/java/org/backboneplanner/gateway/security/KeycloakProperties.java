package org.backboneplanner.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where browsers log in.
 *
 * @param url          Keycloak's public address (its {@code --hostname}), where browsers go
 * @param internalUrl  where the gateway itself reaches Keycloak (tokens, keys); the public address
 *                     unless they differ, as inside a compose network
 * @param realm        the realm
 * @param clientId     the gateway's confidential client
 * @param clientSecret its secret (the dev realm's by default; set GATEWAY_CLIENT_SECRET elsewhere)
 */
@ConfigurationProperties("backbone.keycloak")
public record KeycloakProperties(
        @DefaultValue("http://localhost:8180") String url,
        String internalUrl,
        @DefaultValue("backbone") String realm,
        @DefaultValue("gateway") String clientId,
        @DefaultValue("gateway-dev-secret") String clientSecret) {

    public String issuer() {
        return url + "/realms/" + realm;
    }

    /** An endpoint browsers are sent to. */
    String endpoint(String name) {
        return issuer() + "/protocol/openid-connect/" + name;
    }

    /** An endpoint the gateway calls itself. */
    String backchannel(String name) {
        String base = internalUrl == null || internalUrl.isBlank() ? url : internalUrl;
        return base + "/realms/" + realm + "/protocol/openid-connect/" + name;
    }
}
