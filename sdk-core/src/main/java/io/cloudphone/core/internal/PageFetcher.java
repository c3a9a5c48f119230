package io.cloudphone.core.internal;

import io.cloudphone.core.Page;
import java.util.Optional;

/** Fetches one page given the previous page's token (empty for the first page). */
@FunctionalInterface
public interface PageFetcher<T> {
  /** Fetches the page that {@code token} points at. */
  Page<T> fetch(Optional<String> token);
}
