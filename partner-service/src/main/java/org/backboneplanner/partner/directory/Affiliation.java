package org.backboneplanner.partner.directory;

import java.time.Instant;

/** A member who works for the partner organization (they linked themselves, or an administrator did). */
public record Affiliation(String memberId, String name, String email, Instant linkedAt) {
}
