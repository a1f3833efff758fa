package org.backboneplanner.events.worksheet;

/** One who can play a role. {@code partnerId} is set for a partner, {@code memberId} for a member. */
public record Carrier(CarrierKind kind, String partnerId, String memberId, String name) {
}
