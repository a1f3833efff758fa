package org.backboneplanner.events.partner;

import org.backboneplanner.events.EventPayload;

/** A pooled resource moved on (committed, delivered) or was withdrawn. */
public record ResourceStatusChanged(PooledResourceDetails resource, ResourceStatus before) implements EventPayload {
}
