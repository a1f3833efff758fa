package org.backboneplanner.support.problem;

/**
 * One entry of a problem's {@code errors}, as answered: the field, its stable code, and what to do, in the
 * caller's language.
 */
public record InvalidField(String field, String code, String message) {
}
