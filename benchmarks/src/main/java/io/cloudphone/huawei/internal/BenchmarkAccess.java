package io.cloudphone.huawei.internal;

import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.internal.Operation;
import java.time.Instant;
import okhttp3.Request;

/**
 * Benchmark-only bridge to the package-private signing steps of sdk-huawei, so the benchmarks time the
 * client's own code ({@link AkSkSigning}, {@link HuaweiRequestBinder}, {@link HttpTarget}) rather than a copy.
 * It lives in the benchmarks module (class path only) and is not part of any published jar.
 */
public final class BenchmarkAccess {
  private BenchmarkAccess() {}

  /** What the client does once per call: lays the typed request out (path, canonical query, payload hash). */
  public static BoundRequest bind(HuaweiRequestBinder binder, Operation<?, ?> operation, Object request,
      String projectId) {
    return binder.bind(operation, request, projectId);
  }

  /** What the client does per attempt for AK/SK: date, signed header list, Authorization, headers set. */
  public static void sign(Request.Builder builder, BoundRequest bound, String host, String projectId,
      AccessKeyCredentials credentials, Instant now) {
    AkSkSigning.sign(builder, bound, host, projectId, credentials, now);
  }

  /** The Host header value the client would sign for {@code endpoint}. */
  public static String hostHeader(java.net.URI endpoint) {
    return new HttpTarget(endpoint).hostHeader();
  }

  /** The OkHttp request builder the client starts each attempt from (URL, method, Host, User-Agent). */
  public static Request.Builder requestBuilder(java.net.URI endpoint, BoundRequest bound) {
    return new HttpTarget(endpoint).requestBuilder(bound);
  }
}
