package io.cloudphone.alibaba.internal.neutral;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for a future in a synchronous neutral call, rethrowing the SDK's own exception rather than a wrapper. */
final class Futures {
  private Futures() {}

  /** The value of {@code future}, or its unwrapped unchecked failure. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e;
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
