package io.cloudphone.core;

import io.cloudphone.core.auth.CredentialsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Settings every provider client shares: credentials, endpoint override, timeouts, retries, clock and the
 * OkHttpClient. Provider builders extend it with their own settings (region, project id).
 *
 * <p>Time limits, from the smallest to the largest: {@link #connectTimeout} (opening a connection, 10 s),
 * {@link #readTimeout} (silence between bytes, 15 s), {@link #callTimeout} (one attempt, connect to last byte,
 * 20 s) and {@link #callDeadline} (the whole call: every attempt and every backoff pause, 30 s). Each attempt's
 * timeout is cut to what is left of the deadline, so with the defaults a service that never answers costs a
 * caller at most 30 s and a {@link CloudPhoneTimeoutException}. One call (or a group of calls) can have another
 * deadline through the client's {@code withDeadline(Duration)}.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type it builds
 */
public abstract class CloudPhoneClientBuilder<B extends CloudPhoneClientBuilder<B, C>, C> {
  /** The default {@link #callDeadline}: 30 s for a whole call, retries included. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(30);

  /**
   * The default {@link #maxResponseBytes}: 16 MiB. The largest documented pages are far smaller: Alibaba's
   * DescribeAndroidInstances at MaxResults 100 is about 100 × 4 KB = 400 KB, Huawei's ListCloudPhones and
   * ListCloudPhoneServers at limit 100 about 100 × 2-3 KB; 16 MiB leaves a 40-fold margin for long tag lists and
   * future fields while keeping one answer from taking a service's heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L << 20;

  private CredentialsProvider credentialsProvider;
  private URI endpointOverride;
  private boolean allowPlainHttp;
  private OkHttpClient httpClient;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(15);
  private Duration callTimeout = Duration.ofSeconds(20);
  private Duration callDeadline = DEFAULT_CALL_DEADLINE;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private RateLimit rateLimit = RateLimit.adaptive();
  private Clock clock = Clock.system();
  private CallListener callListener = CallListener.none();

  /** Creates a builder with the default settings. */
  protected CloudPhoneClientBuilder() {}

  /** Where credentials come from; defaults to the provider's environment variables. */
  public B credentialsProvider(CredentialsProvider provider) {
    this.credentialsProvider = Objects.requireNonNull(provider, "credentialsProvider");
    return self();
  }

  /**
   * Sends every call to this endpoint instead of the region's (a proxy, a test server): {@code https://host[:port]},
   * or {@code http} to a literal loopback address or {@code localhost}; checked when the client is built.
   */
  public B endpointOverride(URI endpoint) {
    this.endpointOverride = io.cloudphone.core.internal.Validate.notNull("endpointOverride", endpoint);
    return self();
  }

  /**
   * Allows plain HTTP to endpoints that are not a literal loopback address (an internal gateway, say): requests,
   * tokens and IAM passwords then travel unencrypted; off by default, and TLS is never weakened.
   */
  public B allowPlainHttp(boolean allow) {
    this.allowPlainHttp = allow;
    return self();
  }

  /**
   * Uses the caller's OkHttpClient (proxies, pools, interceptors) as it is; the SDK never closes it and does
   * not change its timeouts.
   */
  public B httpClient(OkHttpClient client) {
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return self();
  }

  /** Time allowed to open a connection; 10 s by default. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /** Time allowed between bytes while reading or writing; 15 s by default. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * Time allowed for one attempt, connect to last byte; 20 s by default. An attempt never gets more than what is
   * left of the {@link #callDeadline}.
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * Time allowed for a whole call: every attempt, and the backoff pauses between them; 30 s by default. When it
   * runs out the call fails with a {@link CloudPhoneTimeoutException} naming the operation, the deadline and the
   * attempts made. It also bounds each attempt (see {@link #callTimeout}), also with your own {@link #httpClient}.
   * Override it for some calls with the client's {@code withDeadline(Duration)}.
   */
  public B callDeadline(Duration deadline) {
    this.callDeadline = positive(deadline, "callDeadline");
    return self();
  }

  /**
   * The largest answer body one call may read, in bytes; 16 MiB by default (see
   * {@link #DEFAULT_MAX_RESPONSE_BYTES}). A longer answer fails with a {@link ResponseTooLargeException}: at once
   * when its {@code Content-Length} says so, else as soon as the limit is passed while streaming it.
   */
  public B maxResponseBytes(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, got " + bytes);
    }
    this.maxResponseBytes = bytes;
    return self();
  }

  /** How throttled, unavailable and failed-in-transit calls are retried. */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return self();
  }

  /**
   * How the client paces its calls, per operation, shared by every plain call and bulk operation of the client:
   * {@link RateLimit#adaptive()} by default (learned from throttling answers), {@link RateLimit#fixed(double)} or
   * {@link RateLimit#off()} (bulk operations then pace at their documented default rates).
   */
  public B rateLimit(RateLimit rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    return self();
  }

  /** The clock for signing dates, backoff, token expiry and waiters; inject a {@link ManualClock} in tests. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Tells {@code listener} how every attempt of every call ended (operation, attempt, status, error code,
   * throttling, retry delay, latency, request id) and how bulk operations progress; for metrics and tracing.
   * Its events never carry headers, query strings, bodies, credentials, tokens or signatures.
   */
  public B callListener(CallListener listener) {
    this.callListener = Objects.requireNonNull(listener, "callListener");
    return self();
  }

  /** Builds the client. */
  public abstract C build();

  /** The configured credentials provider, if any. */
  protected Optional<CredentialsProvider> credentialsProvider() {
    return Optional.ofNullable(credentialsProvider);
  }

  /**
   * The configured endpoint override, checked as {@link #checkEndpoint} does.
   *
   * @throws IllegalArgumentException when the override is not a usable endpoint
   */
  protected Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpointOverride).map(uri -> checkEndpoint(uri, "endpointOverride"));
  }

  /**
   * Checks an endpoint the client will talk to: {@code https} (or {@code http} to a literal loopback address or
   * {@code localhost}, or anywhere after {@link #allowPlainHttp(boolean) allowPlainHttp(true)}), with a host and
   * no path, query, fragment or user info.
   *
   * @param endpoint the endpoint, overridden or derived from the region
   * @param setting the builder setting it came from, named in the message
   * @throws IllegalArgumentException naming {@code setting} when the endpoint may not be used
   */
  protected URI checkEndpoint(URI endpoint, String setting) {
    return io.cloudphone.core.internal.Endpoints.check(endpoint, allowPlainHttp, setting);
  }

  /** The OkHttpClient to use: the caller's as it is, or one derived from the shared client with our timeouts. */
  protected OkHttpClient resolveHttpClient() {
    if (httpClient != null) {
      return httpClient;
    }
    return io.cloudphone.core.internal.SharedHttpClient.withTimeouts(
        io.cloudphone.core.internal.SharedHttpClient.base(), connectTimeout, readTimeout, callTimeout);
  }

  /** The overall deadline of each call. */
  protected Duration callDeadline() {
    return callDeadline;
  }

  /** The largest answer body a call may read. */
  protected long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The retry policy. */
  protected RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** How the client paces its calls. */
  protected RateLimit rateLimit() {
    return rateLimit;
  }

  /** The clock. */
  protected Clock clock() {
    return clock;
  }

  /** The call listener, {@link CallListener#none()} when none was set. */
  protected CallListener callListener() {
    return callListener;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }
}
