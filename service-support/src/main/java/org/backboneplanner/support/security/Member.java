package org.backboneplanner.support.security;

import java.util.Map;

/**
 * The person behind a request, read from their access token: the subject is their id, and each
 * Keycloak organization they belong to is a network, with their role there.
 */
public record Member(String id, String username, String name, String email, String locale,
                     Map<String, NetworkRole> networks) {

    public Member {
        networks = Map.copyOf(networks);
    }

    public boolean belongsTo(String networkId) {
        return networkId != null && networks.containsKey(networkId);
    }

    public boolean administers(String networkId) {
        return networks.get(networkId) == NetworkRole.ADMIN;
    }

    /** A short label for history and events: the name if the token has one, else the username. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : username;
    }
}
