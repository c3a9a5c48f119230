package io.cloudphone.alibaba.internal.neutral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs many look-up calls a bounded number at a time, without a thread per request, and merges their answers; a
 * call that fails is logged and left out, so the caller asks about its ids again on its next round.
 */
final class BoundedBatches {
  private static final Logger LOG = LoggerFactory.getLogger(BoundedBatches.class);

  /** Look-ups in flight at once per poll round, well inside the client's shared dispatcher. */
  static final int PARALLEL = 4;

  private BoundedBatches() {}

  /** Splits {@code ids} into consecutive chunks of at most {@code size}. */
  static List<List<String>> chunks(List<String> ids, int size) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += size) {
      out.add(List.copyOf(ids.subList(from, Math.min(ids.size(), from + size))));
    }
    return out;
  }

  /** Runs {@code calls}, at most {@code parallel} at once, and merges the maps of those that succeed. */
  static <V> CompletableFuture<Map<String, V>> run(List<Supplier<CompletableFuture<Map<String, V>>>> calls,
      int parallel) {
    Map<String, V> merged = new ConcurrentHashMap<>();
    CompletableFuture<Map<String, V>> done = new CompletableFuture<>();
    if (calls.isEmpty()) {
      done.complete(merged);
      return done;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger remaining = new AtomicInteger(calls.size());
    Runnable[] worker = new Runnable[1];
    worker[0] = () -> {
      int index = next.getAndIncrement();
      if (index >= calls.size()) {
        return;
      }
      CompletableFuture<Map<String, V>> answer;
      try {
        answer = calls.get(index).get();
      } catch (RuntimeException e) {
        answer = CompletableFuture.failedFuture(e);
      }
      answer.whenComplete((values, error) -> {
        if (error != null) {
          LOG.debug("a look-up failed, its ids will be asked about again: {}", error.toString());
        } else {
          merged.putAll(values);
        }
        if (remaining.decrementAndGet() == 0) {
          done.complete(merged);
        } else {
          worker[0].run();
        }
      });
    };
    for (int i = 0; i < Math.min(parallel, calls.size()); i++) {
      worker[0].run();
    }
    return done;
  }
}
