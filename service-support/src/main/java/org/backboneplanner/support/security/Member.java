package org.backboneplanner.support.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;

/**
 * The person behind a request, read from their access token: the subject is their id, and each
 * Keycloak organization they belong to is a network, with their role there and, when the token says it,
 * the network's name ({@code networkNames}, by alias).
 */
public record Member(String id, String username, String name, String email, String locale,
                     Map<String, NetworkRole> networks, Map<String, String> networkNames) {

    public Member {
        // in the token's order, so lists of networks read the same every time
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        networkNames = networkNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(networkNames));
    }

    /** A member whose token names no network. */
    public Member(String id, String username, String name, String email, String locale,
                  Map<String, NetworkRole> networks) {
        this(id, username, name, email, locale, networks, Map.of());
    }

    /** The network's name as the token gives it, or null when it gives none. */
    public String networkName(String networkId) {
        return networkNames.get(networkId);
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
