package io.cloudphone.huawei.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * An IAM token and what came with it; {@code toString} never shows the token.
 *
 * @param value the token sent as {@code X-Auth-Token}
 * @param expiresAt when IAM says the token expires
 * @param projectId the project the token is scoped to, when it is
 */
record IamToken(String value, Instant expiresAt, Optional<String> projectId) {
  @Override
  public String toString() {
    return "IamToken[expiresAt=" + expiresAt + ", projectId=" + projectId.orElse("-") + "]";
  }
}
