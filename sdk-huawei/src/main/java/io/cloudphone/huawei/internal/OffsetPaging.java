package io.cloudphone.huawei.internal;

import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.internal.LazyPaged;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Offset/limit listings as lazy {@link Paged}: the token is the next offset, as text. */
public final class OffsetPaging {
  /** The largest page CPH serves. */
  public static final int MAX_LIMIT = 100;

  private OffsetPaging() {}

  /**
   * A listing from {@code startOffset} in pages of {@code limit}; it ends on a short or empty page, or when the
   * reported total is reached.
   */
  public static <R, T> Paged<T> paged(String operation, int startOffset, int limit, IntFunction<R> fetch,
      Function<R, List<T>> items, Function<R, Optional<Integer>> total) {
    Optional<String> start = startOffset == 0 ? Optional.empty() : Optional.of(Integer.toString(startOffset));
    return LazyPaged.resumingAt(operation, start, token -> {
      int offset = token.map(Integer::parseInt).orElse(startOffset);
      R response = fetch.apply(offset);
      List<T> page = items.apply(response);
      Optional<Integer> count = total.apply(response);
      int next = offset + page.size();
      boolean last = page.isEmpty() || page.size() < limit || count.map(c -> next >= c).orElse(false);
      return new Page<>(page, last ? Optional.empty() : Optional.of(Integer.toString(next)),
          count.map(Integer::longValue));
    });
  }
}
