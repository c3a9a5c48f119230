package io.cloudphone.huawei.internal.neutral;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Runs one asynchronous call per input with at most N in flight, without a thread per call. */
final class BoundedCalls {
  private BoundedCalls() {}

  /**
   * Calls {@code call} for every input, {@code concurrency} at a time, and completes when all have answered;
   * a call's own failure does not stop the others (the caller records answers and failures itself).
   */
  static <T> CompletableFuture<Void> forEach(List<T> inputs, int concurrency,
      Function<T, CompletableFuture<?>> call) {
    AtomicInteger next = new AtomicInteger();
    List<CompletableFuture<Void>> workers = new ArrayList<>();
    for (int i = 0; i < Math.min(concurrency, inputs.size()); i++) {
      workers.add(work(inputs, next, call));
    }
    return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new));
  }

  private static <T> CompletableFuture<Void> work(List<T> inputs, AtomicInteger next,
      Function<T, CompletableFuture<?>> call) {
    int index = next.getAndIncrement();
    if (index >= inputs.size()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<?> answer;
    try {
      answer = call.apply(inputs.get(index));
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return answer.handle((value, error) -> null).thenCompose(ignored -> work(inputs, next, call));
  }
}
