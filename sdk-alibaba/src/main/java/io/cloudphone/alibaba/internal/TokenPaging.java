package io.cloudphone.alibaba.internal;

import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.internal.LazyPaged;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** NextToken listings as lazy {@link Paged}; the token is passed back verbatim, whatever characters it holds. */
public final class TokenPaging {
  private TokenPaging() {}

  /** A listing that starts at {@code startToken} and ends when the service returns no (or an empty) token. */
  public static <R, T> Paged<T> paged(String operation, Optional<String> startToken,
      Function<Optional<String>, R> fetch, Function<R, List<T>> items, Function<R, Optional<String>> nextToken,
      Function<R, Optional<? extends Number>> total) {
    return LazyPaged.resumingAt(operation, startToken.filter(token -> !token.isEmpty()), token -> {
      R response = fetch.apply(token.or(() -> startToken));
      return new Page<>(items.apply(response), nextToken.apply(response).filter(next -> !next.isEmpty()),
          total.apply(response).map(Number::longValue));
    });
  }
}
