package io.cloudphone.core;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A lazy listing: iterating it fetches pages on demand, one request per page, only as far as the caller reads.
 * Each new iteration starts again from the first page.
 *
 * @param <T> the item type
 */
public interface Paged<T> extends Iterable<T> {
  /** The items as a sequential stream that fetches pages as it is consumed. */
  Stream<T> stream();

  /** The pages themselves, fetched on demand. */
  Iterable<Page<T>> pages();

  /**
   * The token of the first page not yet fetched by the latest iteration, to resume a listing later; empty
   * before any page was fetched and after the last one.
   */
  Optional<String> resumeToken();
}
