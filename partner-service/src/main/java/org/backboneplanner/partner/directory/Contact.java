package org.backboneplanner.partner.directory;

/** Someone to reach at a partner organization. */
public record Contact(String name, String role, String email, String phone, String language) {
}
