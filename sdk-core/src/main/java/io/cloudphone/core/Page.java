package io.cloudphone.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items and the token of the next page (empty on the last page).
 *
 * @param items the items of this page
 * @param nextToken the token to fetch the next page with, empty when this is the last page
 * @param totalCount the total number of items the provider reported, when it did
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> nextToken, Optional<Long> totalCount) {
  /** Copies the items and validates the components. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(nextToken, "nextToken");
    Objects.requireNonNull(totalCount, "totalCount");
  }
}
