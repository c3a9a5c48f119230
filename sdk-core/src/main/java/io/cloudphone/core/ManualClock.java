package io.cloudphone.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;

/**
 * A clock that moves only when told to, for tests: {@link #advance(Duration)} moves virtual time and completes
 * the delays that fall due. In auto-advancing mode every delay moves time forward by itself at once, so code
 * that retries or polls runs to the end without waiting.
 */
public final class ManualClock implements Clock {
  private final boolean autoAdvance;
  private final PriorityQueue<Pending> pending = new PriorityQueue<>();
  private final List<Duration> delays = new ArrayList<>();
  private Instant now;
  private long sequence;

  private ManualClock(Instant start, boolean autoAdvance) {
    this.now = start;
    this.autoAdvance = autoAdvance;
  }

  /** A clock at {@code start} that moves only through {@link #advance(Duration)}. */
  public static ManualClock startingAt(Instant start) {
    return new ManualClock(start, false);
  }

  /** A clock at {@code start} whose delays complete at once after moving time forward by their length. */
  public static ManualClock autoAdvancing(Instant start) {
    return new ManualClock(start, true);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public CompletableFuture<Void> delay(Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    synchronized (this) {
      delays.add(delay);
      if (autoAdvance) {
        if (!delay.isNegative()) {
          now = now.plus(delay);
        }
      } else if (!delay.isNegative() && !delay.isZero()) {
        pending.add(new Pending(now.plus(delay), sequence++, done));
        return done;
      }
    }
    done.complete(null);
    return done;
  }

  /** Moves time forward and completes, in order, every delay that falls due. */
  public void advance(Duration amount) {
    io.cloudphone.core.internal.Validate.notNegative("amount", amount);
    List<CompletableFuture<Void>> due = new ArrayList<>();
    synchronized (this) {
      now = now.plus(amount);
      while (!pending.isEmpty() && !pending.peek().at.isAfter(now)) {
        due.add(pending.poll().future);
      }
    }
    due.forEach(f -> f.complete(null));
  }

  /** Every delay requested so far, in order, for assertions on backoff. */
  public synchronized List<Duration> requestedDelays() {
    return List.copyOf(delays);
  }

  /** Number of delays waiting for time to advance. */
  public synchronized int pendingDelays() {
    return pending.size();
  }

  @Override
  public synchronized String toString() {
    return "ManualClock[" + now + "]";
  }

  private record Pending(Instant at, long order, CompletableFuture<Void> future)
      implements Comparable<Pending> {
    @Override
    public int compareTo(Pending other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }
}
