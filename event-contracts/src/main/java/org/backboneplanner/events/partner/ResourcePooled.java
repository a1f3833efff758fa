package org.backboneplanner.events.partner;

import org.backboneplanner.events.EventPayload;

/** A partner offered a resource to an initiative or to the whole network. */
public record ResourcePooled(PooledResourceDetails resource) implements EventPayload {
}
