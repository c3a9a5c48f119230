package io.cloudphone.core.internal;

import io.cloudphone.core.CallAttempt;

/** Renders an attempt as the SDK's DEBUG log line: method, path, status, request id, attempt and latency. */
final class DebugLine {
  private DebugLine() {}

  /** E.g. {@code Huawei CPH ListCloudPhones GET /v1/p/cloud-phone/phones -> 429 APIGW.0308 ... retry in 200ms}. */
  static String of(CallAttempt a) {
    StringBuilder line = new StringBuilder(a.provider().displayName()).append(' ').append(a.operation());
    a.method().ifPresent(method -> line.append(' ').append(method));
    a.path().ifPresent(path -> line.append(' ').append(path));
    line.append(" -> ").append(a.httpStatus().map(String::valueOf).orElse("failed"));
    a.errorCode().ifPresent(code -> line.append(' ').append(code));
    a.errorType().filter(type -> a.httpStatus().isEmpty()).ifPresent(type -> line.append(' ').append(type));
    line.append(" request-id=").append(a.requestId().orElse("-"))
        .append(" attempt=").append(a.attempt())
        .append(' ').append(a.latency().toMillis()).append("ms");
    a.retryDelay().ifPresent(delay -> line.append(" retry in ").append(delay.toMillis()).append("ms"));
    return line.toString();
  }
}
