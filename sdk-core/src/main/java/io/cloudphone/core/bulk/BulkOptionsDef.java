package io.cloudphone.core.bulk;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a bulk operation sends its requests: how many at once, how many ids each, an optional rate ceiling, who hears of
 * progress and where the journal goes. The rate itself is the client's {@link io.cloudphone.core.RateLimit}, learned
 * from the provider's throttling answers by default.
 */
@Value.Immutable
@CloudPhoneStyle
abstract class BulkOptionsDef {
  /**
   * Requests in flight at once; 8 by default. It bounds the rate too: at 200 ms a request, 8 in flight never exceed
   * 40 requests a second, so raise it for a distant region.
   */
  @Value.Default
  public int maxConcurrency() {
    return 8;
  }

  /**
   * A ceiling on this operation's requests per second. Empty (the default) leaves the pace to the client's
   * {@link io.cloudphone.core.RateLimit}; with {@code RateLimit.off()} it means the operation's documented default.
   */
  public abstract Optional<Double> requestsPerSecond();

  /** Ids per request; empty means the provider's documented batch limit for the operation. */
  public abstract Optional<Integer> chunkSize();

  /** Who hears about progress. */
  public abstract Optional<ProgressListener> listener();

  /**
   * Where to keep an append-only journal of the operation (JSON lines: its kind and inputs, each request, each
   * answer, each final outcome), so that {@code Phones.resume} can finish it after a crash; the file must not
   * exist yet.
   */
  public abstract Optional<Path> journal();

  /** The default options. */
  public static BulkOptions defaults() {
    return BulkOptions.builder().build();
  }

  @Value.Check
  void check() {
    if (maxConcurrency() < 1 || maxConcurrency() > 256) {
      throw new IllegalArgumentException("maxConcurrency must be between 1 and 256 but was " + maxConcurrency());
    }
    requestsPerSecond().ifPresent(rate -> {
      if (!(rate > 0)) {
        throw new IllegalArgumentException("requestsPerSecond must be positive but was " + rate);
      }
    });
    chunkSize().ifPresent(size -> {
      if (size < 1) {
        throw new IllegalArgumentException("chunkSize must be at least 1 but was " + size);
      }
    });
  }
}
