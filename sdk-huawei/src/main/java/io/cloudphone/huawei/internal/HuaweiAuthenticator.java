package io.cloudphone.huawei.internal;

import io.cloudphone.core.CredentialsException;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.Credentials;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.huawei.IamPasswordCredentials;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Request;

/** Authenticates each attempt with whatever the credentials provider currently supplies: AK/SK or IAM token. */
final class HuaweiAuthenticator {
  private final CredentialsProvider credentials;
  private final IamTokenCache tokens;

  HuaweiAuthenticator(CredentialsProvider credentials, IamTokenCache tokens) {
    this.credentials = credentials;
    this.tokens = tokens;
  }

  /** The credentials to use now, checked to be of a kind Huawei understands. */
  Credentials current() {
    Credentials current = credentials.resolveCredentials();
    if (current instanceof AccessKeyCredentials || current instanceof IamPasswordCredentials) {
      return current;
    }
    throw new CredentialsException("Huawei CPH takes AccessKeyCredentials or IamPasswordCredentials, not "
        + (current == null ? "null" : current.getClass().getSimpleName()));
  }

  /** Adds the authentication headers for one attempt; returns the token used, if any. */
  Optional<IamToken> authenticate(Request.Builder builder, BoundRequest bound, String host, String projectId,
      Instant now) {
    Credentials current = current();
    if (current instanceof IamPasswordCredentials password) {
      IamToken token = tokens.token(password, Optional.ofNullable(projectId));
      builder.header("X-Auth-Token", token.value());
      return Optional.of(token);
    }
    AkSkSigning.sign(builder, bound, host, projectId, (AccessKeyCredentials) current, now);
    return Optional.empty();
  }

  /** After a 401: drops the token that was refused so the retry fetches a new one; false for AK/SK. */
  boolean refresh(Optional<IamToken> refused) {
    refused.ifPresent(tokens::invalidate);
    return refused.isPresent();
  }

  /** The project a password token is scoped to, for clients that were given no project id. */
  Optional<String> projectIdFromToken(Optional<String> projectId) {
    Credentials current = current();
    if (current instanceof IamPasswordCredentials password) {
      return tokens.token(password, projectId).projectId();
    }
    return Optional.empty();
  }
}
