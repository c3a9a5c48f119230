package io.cloudphone.huawei.internal;

import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.Credentials;
import io.cloudphone.huawei.IamPasswordCredentials;
import java.util.Optional;

/**
 * The project id every CPH path starts with: the configured one, or discovered once (IAM project named after
 * the region for AK/SK, the token's scope for passwords) and then kept.
 */
final class ProjectIdResolver {
  private final HuaweiAuthenticator auth;
  private final IamClient iam;
  private volatile String resolved;

  ProjectIdResolver(Optional<String> configured, HuaweiAuthenticator auth, IamClient iam) {
    this.resolved = configured.orElse(null);
    this.auth = auth;
    this.iam = iam;
  }

  /** Whether the id is already known, so no IAM call is needed. */
  boolean isResolved() {
    return resolved != null;
  }

  /** The project id, discovering it on first use; concurrent first callers share one discovery. */
  String projectId() {
    String known = resolved;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (resolved == null) {
        resolved = discover();
      }
      return resolved;
    }
  }

  private String discover() {
    Credentials credentials = auth.current();
    if (credentials instanceof IamPasswordCredentials) {
      return auth.projectIdFromToken(Optional.empty()).orElseThrow(() -> new CloudPhoneException(
          "the IAM token carries no project; set projectId(...) on the client builder"));
    }
    return iam.projectIdOfRegion((AccessKeyCredentials) credentials);
  }
}
