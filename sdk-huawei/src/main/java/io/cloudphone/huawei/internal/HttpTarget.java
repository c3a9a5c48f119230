package io.cloudphone.huawei.internal;

import io.cloudphone.core.internal.Endpoint;
import io.cloudphone.core.internal.SdkVersion;
import java.net.URI;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** An endpoint (scheme, host, port, base path) that bound requests are sent to. */
final class HttpTarget {
  private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");
  private static final String USER_AGENT = SdkVersion.userAgent();

  private final Endpoint endpoint;

  HttpTarget(URI endpoint) {
    this.endpoint = Endpoint.of(endpoint);
  }

  /** The Host header value that OkHttp sends and the signature covers. */
  String hostHeader() {
    return endpoint.hostHeader();
  }

  /** A request builder with URL, method, body, Host and User-Agent set. */
  Request.Builder requestBuilder(BoundRequest bound) {
    String url = bound.canonicalQuery().isEmpty()
        ? endpoint.base() + bound.encodedPath()
        : endpoint.base() + bound.encodedPath() + "?" + bound.canonicalQuery();
    RequestBody body = bound.body() == null ? null : RequestBody.create(bound.body(), JSON);
    return new Request.Builder()
        .url(url)
        .method(bound.method().name(), body)
        .header("Host", endpoint.hostHeader())
        .header("User-Agent", USER_AGENT);
  }
}
