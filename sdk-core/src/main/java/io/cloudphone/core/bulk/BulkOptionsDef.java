package io.cloudphone.core.bulk;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/** How a bulk operation paces itself; the defaults respect each provider's documented limits. */
@Value.Immutable
@CloudPhoneStyle
abstract class BulkOptionsDef {
  /** Requests in flight at once; 8 by default. */
  @Value.Default
  public int maxConcurrency() {
    return 8;
  }

  /** Client-side request rate; empty means the operation's documented default. */
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
