package org.backboneplanner.support.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;

/**
 * The person behind a request, read from their access token: the subject is their id, and each
 * Keycloak organization they belong to is a network, with their role there.
 */
public record Member(String id, String username, String name, String email, String locale,
                     Map<String, NetworkRole> networks) {

    public Member {
        // in the token's order, so lists of networks read the same every time
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
    }

    /** As events name who caused them. */
    public EventEnvelope.Actor actor() {
        return new EventEnvelope.Actor(id, displayName());
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
