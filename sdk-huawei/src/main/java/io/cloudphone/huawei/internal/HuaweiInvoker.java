package io.cloudphone.huawei.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.internal.AdaptiveRateLimiter;
import io.cloudphone.core.internal.CallExecutor;
import io.cloudphone.core.internal.Exchange;
import io.cloudphone.core.internal.JsonResponses;
import io.cloudphone.core.internal.Operation;
import io.cloudphone.core.internal.Validate;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.Response;

/** Runs any declared CPH operation: binds the request, authenticates each attempt, parses the answer. */
public final class HuaweiInvoker {
  private final CallExecutor executor;
  private final JsonResponses responses;
  private final HuaweiRequestBinder binder;
  private final HttpTarget cph;
  private final HuaweiAuthenticator auth;
  private final ProjectIdResolver projectIds;
  private final Optional<String> region;

  HuaweiInvoker(CallExecutor executor, ObjectMapper json, HttpTarget cph, HuaweiAuthenticator auth,
      ProjectIdResolver projectIds, Optional<String> region) {
    this(executor, new JsonResponses(json), new HuaweiRequestBinder(json), cph, auth, projectIds, region);
  }

  private HuaweiInvoker(CallExecutor executor, JsonResponses responses, HuaweiRequestBinder binder, HttpTarget cph,
      HuaweiAuthenticator auth, ProjectIdResolver projectIds, Optional<String> region) {
    this.executor = executor;
    this.responses = responses;
    this.binder = binder;
    this.cph = cph;
    this.auth = auth;
    this.projectIds = projectIds;
    this.region = region;
  }

  /** This invoker with another overall deadline per call, sharing credentials, project id and lifecycle. */
  public HuaweiInvoker withDeadline(Duration deadline) {
    return new HuaweiInvoker(executor.withDeadline(deadline), responses, binder, cph, auth, projectIds, region);
  }

  /** Refuses every later call of this invoker and of every invoker made from it with {@link #withDeadline}. */
  public void close() {
    executor.close();
  }

  /** Calls {@code operation} and waits for its answer. */
  public <I, O> O call(Operation<I, O> operation, I request) {
    Validate.notNull("request", request);
    return executor.execute(exchange(operation, request, projectIds.projectId()));
  }

  /** Calls {@code operation} without blocking; the first call may discover the project id first. */
  public <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request) {
    Validate.notNull("request", request);
    if (projectIds.isResolved()) {
      try {
        return executor.executeAsync(exchange(operation, request, projectIds.projectId()));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return CompletableFuture.supplyAsync(projectIds::projectId)
        .thenCompose(projectId -> executor.executeAsync(exchange(operation, request, projectId)));
  }

  /** The project id calls are made in (discovering it if needed). */
  public String projectId() {
    return projectIds.projectId();
  }

  /** The clock calls sign, retry and wait with. */
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

  /** The region the user configured, empty when only an endpoint override was given. */
  public Optional<String> region() {
    return region;
  }

  private <I, O> Exchange<O> exchange(Operation<I, O> operation, I request, String projectId) {
    BoundRequest bound = binder.bind(operation, request, projectId);
    return new Exchange<>() {
      private Optional<IamToken> tokenUsed = Optional.empty();

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
        Request.Builder builder = cph.requestBuilder(bound);
        tokenUsed = auth.authenticate(builder, bound, cph.hostHeader(), projectId, now);
        return builder.build();
      }

      @Override
      public O parse(Response response) throws IOException {
        return responses.read(response, operation.responseType());
      }

      @Override
      public boolean refreshAuthentication() {
        return auth.refresh(tokenUsed);
      }
    };
  }

  /** Assembles an invoker from the client builder's settings. */
  public static HuaweiInvoker create(HuaweiClientSettings settings) {
    ObjectMapper json = HuaweiJson.mapper();
    HuaweiErrorMapper errors = new HuaweiErrorMapper(json);
    CallExecutor executor = new CallExecutor(io.cloudphone.core.Provider.HUAWEI, settings.httpClient(),
        settings.clock(), settings.retryPolicy(), errors, "X-Request-Id", settings.callDeadline(),
        settings.maxResponseBytes(), settings.callListener(), settings.rateLimit());
    IamClient iam = new IamClient(executor, json, settings.iamEndpoint(), settings.region());
    HuaweiAuthenticator auth = new HuaweiAuthenticator(settings.credentials(),
        new IamTokenCache(iam, settings.clock()));
    ProjectIdResolver projectIds = new ProjectIdResolver(settings.projectId(), auth, iam);
    return new HuaweiInvoker(executor, json, new HttpTarget(settings.endpoint()), auth, projectIds,
        settings.configuredRegion());
  }
}
