package org.backboneplanner.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where browsers log in.
 *
 * @param url          Keycloak's public address (its {@code --hostname})
 * @param realm        the realm
 * @param clientId     the gateway's confidential client
 * @param clientSecret its secret (the dev realm's by default; set GATEWAY_CLIENT_SECRET elsewhere)
 */
@ConfigurationProperties("backbone.keycloak")
public record KeycloakProperties(
        @DefaultValue("http://localhost:8180") String url,
        @DefaultValue("backbone") String realm,
        @DefaultValue("gateway") String clientId,
        @DefaultValue("gateway-dev-secret") String clientSecret) {

    public String issuer() {
        return url + "/realms/" + realm;
    }

    String endpoint(String name) {
        return issuer() + "/protocol/openid-connect/" + name;
    }
}
