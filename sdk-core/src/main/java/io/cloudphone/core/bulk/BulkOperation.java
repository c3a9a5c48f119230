package io.cloudphone.core.bulk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A running operation over many phones or servers: requests split within the provider's batch limits, sent
 * with bounded concurrency under a client-side rate, every distinct id reported exactly once.
 */
public interface BulkOperation {
  /** What the operation does, e.g. {@code restart phones}. */
  String name();

  /** The distinct ids, in input order (repeated input ids appear once). */
  List<String> ids();

  /** The current progress. */
  BulkProgress progress();

  /**
   * Stops sending further requests at once; ids not yet sent end as {@link ItemOutcome#NOT_ATTEMPTED}. With a
   * {@linkplain BulkOptions#journal() journal}, {@code Phones.resume} later sends them (and follows the rest).
   */
  void cancel();

  /** Completes when every request has been answered: accepted ids are SUCCEEDED or IN_PROGRESS. */
  CompletableFuture<BulkResult> submitted();

  /**
   * Waits, polling the provider's jobs with backoff on the client's clock, until every id has a final outcome.
   *
   * @throws BulkTimeoutException with the partial result when {@code timeout} passes first
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  BulkResult awaitCompletion(Duration timeout);

  /**
   * The same as {@link #awaitCompletion(Duration)} without blocking.
   *
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  CompletableFuture<BulkResult> completion(Duration timeout);
}
