package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.FleetListing;
import io.cloudphone.core.FleetMemberException;
import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.internal.PageItems;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A listing across members: each member's own lazy listing, walked one member after another or a page of each
 * in turn, every item stamped with its member's name. A member's failure surfaces as a
 * {@link FleetMemberException} naming it, at the page that failed.
 */
final class FleetPaged<T> implements Paged<T> {
  private final String what;
  private final List<Map.Entry<String, Supplier<Paged<T>>>> sources;
  private final FleetListing order;
  private final BiFunction<T, String, T> stamp;
  private volatile Optional<String> resumeToken = Optional.empty();

  FleetPaged(String what, List<Map.Entry<String, Supplier<Paged<T>>>> sources, FleetListing order,
      BiFunction<T, String, T> stamp) {
    this.what = what;
    this.sources = List.copyOf(sources);
    this.order = order;
    this.stamp = stamp;
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

  /** The member in progress and its own token, as {@code member:token}; informational, for logs and humans. */
  @Override
  public Optional<String> resumeToken() {
    return resumeToken;
  }

  @Override
  public String toString() {
    return "Paged[" + what + " of " + sources.size() + " fleet members]";
  }

  /** One member's pages, fetched on demand. */
  private final class MemberPages {
    final String member;
    final Supplier<Paged<T>> source;
    Iterator<Page<T>> pages;

    MemberPages(String member, Supplier<Paged<T>> source) {
      this.member = member;
      this.source = source;
    }

    boolean hasNext() {
      return pages().hasNext();
    }

    Page<T> next() {
      Page<T> page = pages().next();
      List<T> items = new ArrayList<>(page.items().size());
      page.items().forEach(item -> items.add(stamp.apply(item, member)));
      Optional<String> next = page.nextToken().filter(token -> !token.isEmpty()).map(token -> member + ":" + token);
      resumeToken = next;
      return new Page<>(items, next, page.totalCount());
    }

    private Iterator<Page<T>> pages() {
      try {
        if (pages == null) {
          pages = source.get().pages().iterator();
        }
        return pages;
      } catch (CloudPhoneException e) {
        throw new FleetMemberException(member, "listing " + what, e);
      }
    }
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Deque<MemberPages> pending = new ArrayDeque<>();

    PageIterator() {
      sources.forEach(source -> pending.add(new MemberPages(source.getKey(), source.getValue())));
    }

    @Override
    public boolean hasNext() {
      while (!pending.isEmpty() && !pending.peekFirst().hasNext()) {
        pending.removeFirst();
      }
      return !pending.isEmpty();
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      MemberPages current = pending.peekFirst();
      Page<T> page;
      try {
        page = current.next();
      } catch (CloudPhoneException e) {
        throw e instanceof FleetMemberException ? e : new FleetMemberException(current.member, "listing " + what, e);
      }
      if (order == FleetListing.INTERLEAVED) {
        pending.addLast(pending.removeFirst());
      }
      return page;
    }
  }
}
