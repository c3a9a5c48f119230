package io.cloudphone.alibaba.internal;

import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.internal.LazyPaged;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Page-number listings (PageNum/PageSize) as lazy {@link Paged}: the token is the next page number, as text. A few
 * newer eds-aic operations (DescribeMobileAgentPackage) page only this way.
 */
public final class PageNumberPaging {
  private PageNumberPaging() {}

  /**
   * A listing from page {@code startPage}; it ends on an empty page, on a page shorter than {@code pageSize} (when
   * the caller fixed it), or once the reported total is reached. Without a fixed page size the size of each page
   * stands in for it, so a short last page costs one extra, empty, request only when no total is reported.
   */
  public static <R, T> Paged<T> paged(String operation, int startPage, Optional<Integer> pageSize,
      IntFunction<R> fetch, Function<R, List<T>> items, Function<R, Optional<Long>> total) {
    Optional<String> start = startPage <= 1 ? Optional.empty() : Optional.of(Integer.toString(startPage));
    return LazyPaged.resumingAt(operation, start, token -> {
      int page = token.map(Integer::parseInt).orElse(startPage);
      R response = fetch.apply(page);
      List<T> pageItems = items.apply(response);
      Optional<Long> count = total.apply(response);
      int size = pageSize.orElse(pageItems.size());
      long seen = (long) (page - 1) * size + pageItems.size();
      boolean last = pageItems.isEmpty() || pageSize.map(s -> pageItems.size() < s).orElse(false)
          || count.map(c -> seen >= c).orElse(false);
      return new Page<>(pageItems, last ? Optional.empty() : Optional.of(Integer.toString(page + 1)), count);
    });
  }
}
