package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.internal.PageItems;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A typed listing seen through the neutral model: each page's items filtered client-side (for criteria the API
 * cannot apply) and mapped; pages, tokens and laziness are the typed listing's own.
 */
final class FilteredPaged<S, T> implements Paged<T> {
  private final Paged<S> source;
  private final Predicate<S> keep;
  private final Function<S, T> map;
  private final boolean exactTotals;

  /** A view of {@code source}; {@code exactTotals} says the provider's totals still hold after filtering. */
  FilteredPaged(Paged<S> source, Predicate<S> keep, Function<S, T> map, boolean exactTotals) {
    this.source = source;
    this.keep = keep;
    this.map = map;
    this.exactTotals = exactTotals;
  }

  @Override
  public Iterator<T> iterator() {
    return PageItems.of(pages().iterator());
  }

  @Override
  public Stream<T> stream() {
    return PageItems.stream(iterator());
  }

  @Override
  public Iterable<Page<T>> pages() {
    return () -> {
      Iterator<Page<S>> raw = source.pages().iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return raw.hasNext();
        }

        @Override
        public Page<T> next() {
          Page<S> page = raw.next();
          return new Page<>(page.items().stream().filter(keep).map(map).toList(), page.nextToken(),
              exactTotals ? page.totalCount() : Optional.empty());
        }
      };
    };
  }

  @Override
  public Optional<String> resumeToken() {
    return source.resumeToken();
  }

  @Override
  public String toString() {
    return "Paged[" + source + " as neutral]";
  }
}
