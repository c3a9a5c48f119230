package io.cloudphone.core.internal;

import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.Clock;
import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.CloudPhoneTimeoutException;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.ResponseTooLargeException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ThrottlingException;
import io.cloudphone.core.UnreadableResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import io.cloudphone.core.CallListener;

/**
 * Runs calls with retries, blocking or not: every attempt is freshly signed, refused answers are mapped by the
 * provider's {@link ErrorMapper}, and each attempt's end is told to the client's {@link CallEvents} (the DEBUG log
 * and the user's {@link CallListener}) without headers, query strings or bodies, so no signature, token or secret
 * can reach a log or a listener.
 *
 * <p>Every call has an overall deadline covering all its attempts and the backoff between them; each attempt's
 * OkHttp call timeout is the smaller of the client's per-attempt {@code callTimeout} and what is left of the
 * deadline. Answers are read through a {@link BoundedBody} of at most {@code maxResponseBytes}. Views made with
 * {@link #withDeadline} share everything, including whether the client is closed and the client's
 * {@link AdaptiveRateLimiter}: every attempt first takes a slot of its operation's rate (a blocking call sleeps
 * for it, an asynchronous one is scheduled on the clock), and reports success or throttling back to it.
 */
public final class CallExecutor {
  private final Provider provider;
  private final OkHttpClient http;
  /** {@link #http}, able to speak TLS: set on the first HTTPS request (a benign race builds it twice at worst). */
  private volatile OkHttpClient https;
  private final Clock clock;
  private final RetryDecider retries;
  private final ErrorMapper errors;
  private final String requestIdHeader;
  private final Duration deadline;
  private final long maxResponseBytes;
  private final AtomicBoolean closed;
  private final CallEvents events;
  private final AdaptiveRateLimiter limiter;

  /** An executor for one SDK client that logs its attempts at DEBUG and paces its calls adaptively. */
  public CallExecutor(Provider provider, OkHttpClient http, Clock clock, RetryPolicy policy, ErrorMapper errors,
      String requestIdHeader, Duration deadline, long maxResponseBytes) {
    this(provider, http, clock, policy, errors, requestIdHeader, deadline, maxResponseBytes, CallListener.none(),
        RateLimit.adaptive());
  }

  /** An executor for one SDK client that tells {@code listener} (after the DEBUG log) how each attempt ended. */
  public CallExecutor(Provider provider, OkHttpClient http, Clock clock, RetryPolicy policy, ErrorMapper errors,
      String requestIdHeader, Duration deadline, long maxResponseBytes, CallListener listener) {
    this(provider, http, clock, policy, errors, requestIdHeader, deadline, maxResponseBytes, listener,
        RateLimit.adaptive());
  }

  /** An executor for one SDK client, pacing its calls as {@code rateLimit} says. */
  public CallExecutor(Provider provider, OkHttpClient http, Clock clock, RetryPolicy policy, ErrorMapper errors,
      String requestIdHeader, Duration deadline, long maxResponseBytes, RateLimit rateLimit) {
    this(provider, http, clock, policy, errors, requestIdHeader, deadline, maxResponseBytes, CallListener.none(),
        rateLimit);
  }

  /**
   * An executor for one SDK client that tells {@code listener} how each attempt ended and paces its calls as
   * {@code rateLimit} says.
   */
  public CallExecutor(Provider provider, OkHttpClient http, Clock clock, RetryPolicy policy, ErrorMapper errors,
      String requestIdHeader, Duration deadline, long maxResponseBytes, CallListener listener, RateLimit rateLimit) {
    this(provider, http, clock, new RetryDecider(policy, () -> ThreadLocalRandom.current().nextDouble(),
        rateLimit.mode() != RateLimit.Mode.OFF), errors, requestIdHeader, deadline, maxResponseBytes,
        new AtomicBoolean(), CallEvents.of(listener), new AdaptiveRateLimiter(clock, rateLimit));
  }

  private CallExecutor(Provider provider, OkHttpClient http, Clock clock, RetryDecider retries, ErrorMapper errors,
      String requestIdHeader, Duration deadline, long maxResponseBytes, AtomicBoolean closed, CallEvents events,
      AdaptiveRateLimiter limiter) {
    this.provider = provider;
    this.http = http;
    this.clock = clock;
    this.retries = retries;
    this.errors = errors;
    this.requestIdHeader = requestIdHeader;
    this.deadline = positive(deadline);
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive");
    }
    this.maxResponseBytes = maxResponseBytes;
    this.closed = closed;
    this.events = events;
    this.limiter = limiter;
  }

  /** The same executor with another overall deadline per call; it shares the client's lifecycle. */
  public CallExecutor withDeadline(Duration newDeadline) {
    return new CallExecutor(provider, http, clock, retries, errors, requestIdHeader,
        positive(newDeadline), maxResponseBytes, closed, events, limiter);
  }

  private static Duration positive(Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, got " + value);
    }
    return value;
  }

  /** The clock this executor signs and waits with. */
  public Clock clock() {
    return clock;
  }

  /** The client's rate limiter, shared by every call and bulk operation of the client. */
  public AdaptiveRateLimiter rateLimiter() {
    return limiter;
  }

  /** The overall deadline of each call. */
  public Duration deadline() {
    return deadline;
  }

  /** Where attempts and bulk progress are told: the DEBUG log and the user's listener. */
  public CallEvents events() {
    return events;
  }

  /** Refuses every later call (of this executor and its views); idempotent. */
  public void close() {
    closed.set(true);
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * The timeout of one attempt: the client's per-attempt call timeout ({@code 0} = none), cut to what is left of
   * the call's deadline, and at least one millisecond.
   */
  static long attemptTimeoutMillis(long clientCallTimeoutMillis, Duration remaining) {
    long left = Math.max(1, remaining.toMillis());
    return clientCallTimeoutMillis <= 0 ? left : Math.min(clientCallTimeoutMillis, left);
  }

  /** Runs the call on the calling thread, retrying as the policy and the deadline allow. */
  public <T> T execute(Exchange<T> exchange) {
    checkOpen();
    Instant started = clock.instant();
    Instant deadlineAt = started.plus(deadline);
    boolean refreshed = false;
    CloudPhoneException last = null;
    for (int attempt = 1; ; attempt++) {
      Duration remaining = Duration.between(clock.instant(), deadlineAt);
      if (remaining.isNegative() || remaining.isZero()) {
        throw timedOut(exchange, attempt - 1, last);
      }
      Duration wait = limiter.acquire(exchange.operationName());
      if (!wait.isZero()) {
        clock.sleep(wait.compareTo(remaining) < 0 ? wait : remaining);
        attempt--;
        continue;
      }
      AttemptTrace trace = new AttemptTrace(provider, exchange.operationName(), attempt);
      Instant sentAt = clock.instant();
      try {
        Request request = exchange.newAttempt(sentAt);
        trace.sent(request);
        long startNanos = System.nanoTime();
        Call call = newCall(request, remaining);
        Response response;
        try {
          response = call.execute();
        } catch (IOException e) {
          throw transportFailure(exchange, request, attempt, startNanos, e);
        }
        T value;
        try (response) {
          value = handle(exchange, request, response, attempt, startNanos);
          events.onAttempt(trace.succeeded(response.code(), response.header(requestIdHeader)));
        }
        limiter.succeeded(exchange.operationName(), sentAt);
        return value;
      } catch (CloudPhoneException e) {
        reportThrottling(exchange, sentAt, e);
        if (!refreshed && e instanceof AuthenticationException && exchange.refreshAuthentication()) {
          refreshed = true;
          events.onAttempt(trace.failed(e, Optional.of(Duration.ZERO)));
          continue;
        }
        last = e;
        Instant now = clock.instant();
        Optional<Duration> delay = retries.nextDelay(attempt, started, now, e, exchange.idempotent());
        boolean retry = delay.isPresent() && !now.plus(delay.get()).isAfter(deadlineAt);
        events.onAttempt(trace.failed(e, retry ? delay : Optional.empty()));
        if (delay.isEmpty()) {
          throw ranOutOfTime(e, now, deadlineAt) ? timedOut(exchange, attempt, e) : e;
        }
        if (!retry) {
          throw timedOut(exchange, attempt, e);
        }
        clock.sleep(delay.get());
      }
    }
  }

  /** Runs the call without blocking the caller; retries wait on the clock, not on a thread. */
  public <T> CompletableFuture<T> executeAsync(Exchange<T> exchange) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(closedError());
    }
    Instant started = clock.instant();
    AsyncCall<T> call = new AsyncCall<>(exchange, started, started.plus(deadline));
    call.attempt();
    return call.result;
  }

  private void reportThrottling(Exchange<?> exchange, Instant sentAt, CloudPhoneException e) {
    if (e instanceof ThrottlingException throttled) {
      limiter.throttled(exchange.operationName(), sentAt, throttled.retryAfter());
    }
  }

  private Call newCall(Request request, Duration remaining) {
    Call call = client(request).newCall(request);
    call.timeout().timeout(attemptTimeoutMillis(http.callTimeoutMillis(), remaining), TimeUnit.MILLISECONDS);
    return call;
  }

  /** The client for this request: the first HTTPS request of a plain-HTTP shared client gets (and keeps) TLS. */
  private OkHttpClient client(Request request) {
    if (!request.isHttps()) {
      return http;
    }
    OkHttpClient tls = https;
    if (tls == null) {
      tls = SharedHttpClient.forUrl(http, request.url());
      https = tls;
    }
    return tls;
  }

  /** A transport failure at or past the deadline is the deadline's doing, whatever the retry policy says. */
  private static boolean ranOutOfTime(CloudPhoneException e, Instant now, Instant deadlineAt) {
    return e instanceof CloudPhoneTransportException && !now.isBefore(deadlineAt);
  }

  private CloudPhoneTimeoutException timedOut(Exchange<?> exchange, int attempts, CloudPhoneException last) {
    return new CloudPhoneTimeoutException(provider, exchange.operationName(), deadline, attempts, last);
  }

  private void checkOpen() {
    if (closed.get()) {
      throw closedError();
    }
  }

  private IllegalStateException closedError() {
    return new IllegalStateException("this " + provider.displayName() + " client is closed; build a new one");
  }

  private <T> T handle(Exchange<T> exchange, Request request, Response response, int attempt, long startNanos)
      throws CloudPhoneException {
    String requestId = response.header(requestIdHeader);
    long announced = response.body().contentLength();
    if (response.isSuccessful()) {
      if (announced > maxResponseBytes) {
        throw tooLarge(exchange, response, requestId, announced);
      }
      Response bounded = response.newBuilder().body(BoundedBody.of(response.body(), maxResponseBytes)).build();
      try {
        return exchange.parse(bounded);
      } catch (MalformedBodyException e) {
        throw new UnreadableResponseException(provider, exchange.operationName(), response.code(),
            response.header("Content-Type"), Optional.ofNullable(requestId), e.getMessage());
      } catch (BoundedBody.TooLarge e) {
        throw tooLarge(exchange, response, requestId, -1);
      } catch (IOException e) {
        // The answer broke off (fewer bytes than announced, a reset mid-body): the request reached the server,
        // so this is replayed only when the operation is idempotent, like a reset before the answer.
        throw new CloudPhoneTransportException(provider.displayName() + " " + exchange.operationName()
            + ": the answer from " + request.url().host() + ":" + request.url().port()
            + " broke off while reading its body (" + describe(e) + ")", e, true, true);
      }
    }
    byte[] body;
    try {
      body = announced > maxResponseBytes ? new byte[0]
          : BoundedBody.of(response.body(), maxResponseBytes).bytes();
    } catch (IOException e) {
      body = new byte[0]; // a refusal is mapped by its status alone when its body cannot be read whole
    }
    throw errors.map(response.code(), response.headers(), body);
  }

  private ResponseTooLargeException tooLarge(Exchange<?> exchange, Response response, String requestId,
      long announced) {
    return new ResponseTooLargeException(provider, exchange.operationName(), response.code(),
        response.header("Content-Type"), Optional.ofNullable(requestId), maxResponseBytes, announced);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private CloudPhoneTransportException transportFailure(
      Exchange<?> exchange, Request request, int attempt, long startNanos, IOException e) {
    boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
    boolean retryable = !(e instanceof SSLException) && !isCancellation(e);
    String message = provider.displayName() + " " + exchange.operationName() + ": "
        + (notSent ? "could not connect to " : "connection failed talking to ")
        + request.url().host() + ":" + request.url().port() + " (" + describe(e) + ")";
    return new CloudPhoneTransportException(message, e, !notSent, retryable);
  }

  private static boolean isCancellation(IOException e) {
    return e instanceof InterruptedIOException && "Canceled".equalsIgnoreCase(String.valueOf(e.getMessage()));
  }

  /** The state of one asynchronous call across its attempts. */
  private final class AsyncCall<T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final Exchange<T> exchange;
    final Instant started;
    final Instant deadlineAt;
    int attempts;
    boolean refreshed;
    CloudPhoneException last;
    AttemptTrace trace;
    Instant sentAt;

    AsyncCall(Exchange<T> exchange, Instant started, Instant deadlineAt) {
      this.exchange = exchange;
      this.started = started;
      this.deadlineAt = deadlineAt;
    }

    void attempt() {
      if (result.isDone()) {
        return; // cancelled by the caller
      }
      if (closed.get()) {
        result.completeExceptionally(closedError());
        return;
      }
      Duration remaining = Duration.between(clock.instant(), deadlineAt);
      if (remaining.isNegative() || remaining.isZero()) {
        result.completeExceptionally(timedOut(exchange, attempts, last));
        return;
      }
      Duration wait = limiter.acquire(exchange.operationName());
      if (wait.isZero()) {
        send();
      } else {
        // The slot is waited for on the clock, holding no thread; then asked for again.
        clock.delay(wait.compareTo(remaining) < 0 ? wait : remaining).thenRun(this::attempt);
      }
    }

    void send() {
      Duration remaining = Duration.between(clock.instant(), deadlineAt);
      attempts++;
      trace = new AttemptTrace(provider, exchange.operationName(), attempts);
      sentAt = clock.instant();
      Request request;
      try {
        request = exchange.newAttempt(sentAt);
        trace.sent(request);
      } catch (CloudPhoneException e) {
        failed(e);
        return;
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      long startNanos = System.nanoTime();
      Call call = newCall(request, remaining);
      result.whenComplete((value, error) -> {
        if (result.isCancelled()) {
          call.cancel();
        }
      });
      call.enqueue(new Callback() {
        @Override
        public void onFailure(Call failed, IOException e) {
          failed(transportFailure(exchange, request, attempts, startNanos, e));
        }

        @Override
        public void onResponse(Call done, Response response) {
          try (response) {
            T value = handle(exchange, request, response, attempts, startNanos);
            events.onAttempt(trace.succeeded(response.code(), response.header(requestIdHeader)));
            limiter.succeeded(exchange.operationName(), sentAt);
            result.complete(value);
          } catch (CloudPhoneException e) {
            failed(e);
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        }
      });
    }

    void failed(CloudPhoneException e) {
      if (!refreshed && e instanceof AuthenticationException) {
        refreshed = true;
        boolean retry;
        try {
          retry = exchange.refreshAuthentication();
        } catch (CloudPhoneException refreshFailure) {
          result.completeExceptionally(refreshFailure);
          return;
        }
        if (retry) {
          events.onAttempt(trace.failed(e, Optional.of(Duration.ZERO)));
          attempts--;
          attempt();
          return;
        }
      }
      last = e;
      if (sentAt != null) {
        reportThrottling(exchange, sentAt, e);
      }
      Instant now = clock.instant();
      Optional<Duration> delay = retries.nextDelay(attempts, started, now, e, exchange.idempotent());
      boolean retry = delay.isPresent() && !now.plus(delay.get()).isAfter(deadlineAt);
      events.onAttempt(trace.failed(e, retry ? delay : Optional.empty()));
      if (delay.isEmpty()) {
        result.completeExceptionally(ranOutOfTime(e, now, deadlineAt) ? timedOut(exchange, attempts, e) : e);
      } else if (!retry) {
        result.completeExceptionally(timedOut(exchange, attempts, e));
      } else {
        clock.delay(delay.get()).thenRun(this::attempt);
      }
    }
  }
}
