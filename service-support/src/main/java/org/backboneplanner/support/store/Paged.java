package org.backboneplanner.support.store;

import java.util.List;

/** A page of a list, as every list of the API answers it. */
public record Paged<T>(List<T> items, int page, int size, long total) {
}
