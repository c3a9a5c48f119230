package io.cloudphone.core.internal;

import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link Paged} over a {@link PageFetcher}; a provider that repeats a token is an error, not an endless loop. */
public final class LazyPaged<T> implements Paged<T> {
  private final String operation;
  private final Optional<String> startToken;
  private final PageFetcher<T> fetcher;
  private volatile Optional<String> resumeToken = Optional.empty();

  private LazyPaged(String operation, Optional<String> startToken, PageFetcher<T> fetcher) {
    this.operation = operation;
    this.startToken = startToken;
    this.fetcher = fetcher;
  }

  /** A listing of {@code operation} starting at the first page. */
  public static <T> Paged<T> of(String operation, PageFetcher<T> fetcher) {
    return new LazyPaged<>(operation, Optional.empty(), fetcher);
  }

  /** A listing of {@code operation} resuming at {@code token}. */
  public static <T> Paged<T> resumingAt(String operation, Optional<String> token, PageFetcher<T> fetcher) {
    return new LazyPaged<>(operation, token, fetcher);
  }

  @Override
  public Iterator<T> iterator() {
    return PageItems.of(new PageIterator());
  }

  @Override
  public Stream<T> stream() {
    return PageItems.stream(iterator());
  }

  @Override
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  @Override
  public Optional<String> resumeToken() {
    return resumeToken;
  }

  @Override
  public String toString() {
    return "Paged[" + operation + "]";
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> seenTokens = new HashSet<>();
    private Optional<String> next = startToken;
    private boolean first = true;

    PageIterator() {
      startToken.ifPresent(seenTokens::add);
    }

    @Override
    public boolean hasNext() {
      return first || next.isPresent();
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      first = false;
      Page<T> page = fetcher.fetch(next);
      next = page.nextToken().filter(token -> !token.isEmpty());
      if (next.isPresent() && !seenTokens.add(next.get())) {
        throw new CloudPhoneException(operation + " returned a page token it had already returned;"
            + " stopping instead of looping forever");
      }
      resumeToken = next;
      return page;
    }
  }
}
