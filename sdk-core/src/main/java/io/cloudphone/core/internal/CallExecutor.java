package io.cloudphone.core.internal;

import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.Clock;
import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RetryPolicy;
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
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls with retries, blocking or not: every attempt is freshly signed, refused answers are mapped by the
 * provider's {@link ErrorMapper}, and each attempt is logged at DEBUG without headers or bodies (so no
 * signature, token or secret can reach a log).
 */
public final class CallExecutor {
  private static final Logger LOG = LoggerFactory.getLogger("io.cloudphone.http");

  private final Provider provider;
  private final OkHttpClient http;
  private final Clock clock;
  private final RetryDecider retries;
  private final ErrorMapper errors;
  private final String requestIdHeader;

  /** An executor for one SDK client. */
  public CallExecutor(Provider provider, OkHttpClient http, Clock clock, RetryPolicy policy,
      ErrorMapper errors, String requestIdHeader) {
    this.provider = provider;
    this.http = http;
    this.clock = clock;
    this.retries = new RetryDecider(policy, () -> ThreadLocalRandom.current().nextDouble());
    this.errors = errors;
    this.requestIdHeader = requestIdHeader;
  }

  /** The clock this executor signs and waits with. */
  public Clock clock() {
    return clock;
  }

  /** Runs the call on the calling thread, retrying as the policy allows. */
  public <T> T execute(Exchange<T> exchange) {
    Instant started = clock.instant();
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      try {
        Request request = exchange.newAttempt(clock.instant());
        long startNanos = System.nanoTime();
        Response response;
        try {
          response = http.newCall(request).execute();
        } catch (IOException e) {
          throw transportFailure(exchange, request, attempt, startNanos, e);
        }
        try (response) {
          return handle(exchange, request, response, attempt, startNanos);
        }
      } catch (CloudPhoneException e) {
        if (!refreshed && e instanceof AuthenticationException && exchange.refreshAuthentication()) {
          refreshed = true;
          continue;
        }
        Optional<Duration> delay = retries.nextDelay(attempt, started, clock.instant(), e, exchange.idempotent());
        if (delay.isEmpty()) {
          throw e;
        }
        clock.sleep(delay.get());
      }
    }
  }

  /** Runs the call without blocking the caller; retries wait on the clock, not on a thread. */
  public <T> CompletableFuture<T> executeAsync(Exchange<T> exchange) {
    AsyncCall<T> call = new AsyncCall<>(exchange, clock.instant());
    call.attempt();
    return call.result;
  }

  private <T> T handle(Exchange<T> exchange, Request request, Response response, int attempt, long startNanos)
      throws CloudPhoneException {
    log(exchange, request, response.code(), response.header(requestIdHeader), attempt, startNanos);
    if (response.isSuccessful()) {
      try {
        return exchange.parse(response);
      } catch (IOException e) {
        throw new CloudPhoneException(provider.displayName() + " " + exchange.operationName()
            + ": could not read the response: " + e.getMessage(), e);
      }
    }
    byte[] body;
    try {
      body = response.body().bytes();
    } catch (IOException e) {
      body = new byte[0];
    }
    throw errors.map(response.code(), response.headers(), body);
  }

  private CloudPhoneTransportException transportFailure(
      Exchange<?> exchange, Request request, int attempt, long startNanos, IOException e) {
    log(exchange, request, -1, null, attempt, startNanos);
    boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
    boolean retryable = !(e instanceof SSLException) && !isCancellation(e);
    String message = provider.displayName() + " " + exchange.operationName() + ": "
        + (notSent ? "could not connect to " : "connection failed talking to ")
        + request.url().host() + ":" + request.url().port() + " (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    return new CloudPhoneTransportException(message, e, !notSent, retryable);
  }

  private static boolean isCancellation(IOException e) {
    return e instanceof InterruptedIOException && "Canceled".equalsIgnoreCase(String.valueOf(e.getMessage()));
  }

  private void log(Exchange<?> exchange, Request request, int status, String requestId, int attempt,
      long startNanos) {
    if (LOG.isDebugEnabled()) {
      long millis = (System.nanoTime() - startNanos) / 1_000_000;
      LOG.debug("{} {} {} {} -> {} request-id={} attempt={} {}ms", provider.displayName(),
          exchange.operationName(), request.method(), request.url().encodedPath(),
          status < 0 ? "failed" : String.valueOf(status), requestId, attempt, millis);
    }
  }

  /** The state of one asynchronous call across its attempts. */
  private final class AsyncCall<T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final Exchange<T> exchange;
    final Instant started;
    int attempts;
    boolean refreshed;

    AsyncCall(Exchange<T> exchange, Instant started) {
      this.exchange = exchange;
      this.started = started;
    }

    void attempt() {
      if (result.isDone()) {
        return; // cancelled by the caller
      }
      attempts++;
      Request request;
      try {
        request = exchange.newAttempt(clock.instant());
      } catch (CloudPhoneException e) {
        failed(e);
        return;
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      long startNanos = System.nanoTime();
      Call call = http.newCall(request);
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
            result.complete(handle(exchange, request, response, attempts, startNanos));
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
          attempts--;
          attempt();
          return;
        }
      }
      Optional<Duration> delay = retries.nextDelay(attempts, started, clock.instant(), e, exchange.idempotent());
      if (delay.isEmpty()) {
        result.completeExceptionally(e);
      } else {
        clock.delay(delay.get()).thenRun(this::attempt);
      }
    }
  }
}
