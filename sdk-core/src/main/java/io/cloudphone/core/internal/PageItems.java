package io.cloudphone.core.internal;

import io.cloudphone.core.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The items of a sequence of pages, read one page at a time as the caller advances. */
public final class PageItems<T> implements Iterator<T> {
  private final Iterator<Page<T>> pages;
  private Iterator<T> current = Collections.emptyIterator();

  private PageItems(Iterator<Page<T>> pages) {
    this.pages = pages;
  }

  /** The items of {@code pages}; the next page is fetched only when the current one is used up. */
  public static <T> Iterator<T> of(Iterator<Page<T>> pages) {
    return new PageItems<>(pages);
  }

  /** {@code items} as a sequential, ordered stream that pulls them only as it is consumed. */
  public static <T> Stream<T> stream(Iterator<T> items) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
  }

  @Override
  public boolean hasNext() {
    // Skips empty pages: a provider may return an empty page that still carries a next token.
    while (!current.hasNext() && pages.hasNext()) {
      current = pages.next().items().iterator();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
