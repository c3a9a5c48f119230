package io.cloudphone.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What the asynchronous core hands back to synchronous callers: the SDK's own exceptions, never their wrappers. */
public final class Futures {
  private Futures() {}

  /** The failure inside any number of {@link CompletionException} layers. */
  public static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The value of {@code future}, or its unwrapped unchecked failure. */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (unwrap(e) instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
