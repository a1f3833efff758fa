package org.backboneplanner.events.partner;

import java.util.Set;

import org.backboneplanner.events.EventPayload;

/** A pooled resource's description, quantity, period or roles changed; {@code changed} names the fields. */
public record ResourceUpdated(PooledResourceDetails resource, Set<String> changed) implements EventPayload {
}
