package io.cloudphone.alibaba.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.Provider;
import io.cloudphone.core.internal.AdaptiveRateLimiter;
import io.cloudphone.core.internal.CallExecutor;
import io.cloudphone.core.internal.Exchange;
import io.cloudphone.core.internal.JsonResponses;
import io.cloudphone.core.internal.Operation;
import io.cloudphone.core.internal.Validate;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.Response;

/** Runs any declared eds-aic operation: flattens the request, signs each attempt afresh, parses the answer. */
public final class AlibabaInvoker {
  private final CallExecutor executor;
  private final JsonResponses responses;
  private final RpcRequestBinder binder;
  private final AlibabaRequestSigner signer;

  private AlibabaInvoker(CallExecutor executor, JsonResponses responses, RpcRequestBinder binder,
      AlibabaRequestSigner signer) {
    this.executor = executor;
    this.responses = responses;
    this.binder = binder;
    this.signer = signer;
  }

  /** This invoker with another overall deadline per call, sharing signing, credentials and lifecycle. */
  public AlibabaInvoker withDeadline(Duration deadline) {
    return new AlibabaInvoker(executor.withDeadline(deadline), responses, binder, signer);
  }

  /** Refuses every later call of this invoker and of every invoker made from it with {@link #withDeadline}. */
  public void close() {
    executor.close();
  }

  /** Assembles an invoker from the client builder's settings. */
  public static AlibabaInvoker create(AlibabaClientSettings settings) {
    ObjectMapper json = AlibabaJson.mapper();
    CallExecutor executor = new CallExecutor(Provider.ALIBABA, settings.httpClient(), settings.clock(),
        settings.retryPolicy(), new AlibabaErrorMapper(json), "x-acs-request-id", settings.callDeadline(),
        settings.maxResponseBytes(), settings.callListener(), settings.rateLimit());
    AlibabaRequestSigner signer = new AlibabaRequestSigner(settings.endpoint(), settings.signatureVersion(),
        settings.credentials(), settings.nonces());
    return new AlibabaInvoker(executor, new JsonResponses(json), new RpcRequestBinder(json), signer);
  }

  /** The clock calls are signed, retried and waited on with; bulk operations pace and poll on it too. */
  public Clock clock() {
    return executor.clock();
  }

  /** Where this client's attempts and bulk progress are told: its DEBUG log and the user's call listener. */
  public CallListener events() {
    return executor.events();
  }

  /** The client's rate limiter, shared by its calls and bulk operations. */
  public AdaptiveRateLimiter rateLimiter() {
    return executor.rateLimiter();
  }

  /** Calls {@code operation} and waits for its answer. */
  public <I, O> O call(Operation<I, O> operation, I request) {
    Validate.notNull("request", request);
    return executor.execute(exchange(operation, request));
  }

  /** Calls {@code operation} without blocking. */
  public <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request) {
    Validate.notNull("request", request);
    try {
      return executor.executeAsync(exchange(operation, request));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <I, O> Exchange<O> exchange(Operation<I, O> operation, I request) {
    RpcParameters parameters = binder.bind(operation, request);
    return new Exchange<>() {
      @Override
      public String operationName() {
        return operation.name();
      }

      @Override
      public boolean idempotent() {
        return operation.idempotent();
      }

      @Override
      public Request newAttempt(Instant now) {
        return signer.sign(operation.name(), parameters, now);
      }

      @Override
      public O parse(Response response) throws IOException {
        return responses.read(response, operation.responseType());
      }
    };
  }
}
