package io.cloudphone.huawei.internal;

import io.cloudphone.core.auth.AccessKeyCredentials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;

/** Adds the SDK-HMAC-SHA256 headers for AK/SK (or temporary AK/SK) credentials to a request. */
final class AkSkSigning {
  private AkSkSigning() {}

  /**
   * Signs host, x-project-id (when given), x-sdk-date and x-security-token (for temporary credentials), in that
   * sorted order, and sets them with the Authorization header.
   */
  static void sign(Request.Builder builder, BoundRequest bound, String host, String projectId,
      AccessKeyCredentials credentials, Instant now) {
    String date = HuaweiSigner.sdkDate(now);
    List<String> signed = new ArrayList<>(8);
    signed.add("host");
    signed.add(host);
    if (projectId != null) {
      signed.add("x-project-id");
      signed.add(projectId);
      builder.header("X-Project-Id", projectId);
    }
    signed.add("x-sdk-date");
    signed.add(date);
    builder.header("X-Sdk-Date", date);
    if (credentials.securityToken().isPresent()) {
      signed.add("x-security-token");
      signed.add(credentials.securityToken().get());
      builder.header("X-Security-Token", credentials.securityToken().get());
    }
    builder.header("Authorization", HuaweiSigner.authorization(credentials.accessKeyId(),
        credentials.secretAccessKey(), bound.method().name(), bound.canonicalUri(), bound.canonicalQuery(),
        signed, bound.payloadHash(), date));
  }
}
