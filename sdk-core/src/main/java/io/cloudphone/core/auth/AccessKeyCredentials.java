package io.cloudphone.core.auth;

import java.util.Objects;
import java.util.Optional;

/** An access key pair, optionally temporary with a security token (Huawei temporary AK/SK, Alibaba STS). */
public final class AccessKeyCredentials implements Credentials {
  private final String accessKeyId;
  private final String secretAccessKey;
  private final Optional<String> securityToken;

  private AccessKeyCredentials(String accessKeyId, String secretAccessKey, Optional<String> securityToken) {
    this.accessKeyId = requireText(accessKeyId, "accessKeyId");
    this.secretAccessKey = requireText(secretAccessKey, "secretAccessKey");
    this.securityToken = securityToken.filter(token -> !token.isBlank());
  }

  /** Long-term access key credentials. */
  public static AccessKeyCredentials of(String accessKeyId, String secretAccessKey) {
    return new AccessKeyCredentials(accessKeyId, secretAccessKey, Optional.empty());
  }

  /** Temporary access key credentials with their security token. */
  public static AccessKeyCredentials temporary(String accessKeyId, String secretAccessKey, String securityToken) {
    return new AccessKeyCredentials(
        accessKeyId, secretAccessKey, Optional.of(requireText(securityToken, "securityToken")));
  }

  /** The access key id (not secret; appears in signed requests). */
  public String accessKeyId() {
    return accessKeyId;
  }

  /** The secret key; only signers should read it. */
  public String secretAccessKey() {
    return secretAccessKey;
  }

  /** The security token of temporary credentials. */
  public Optional<String> securityToken() {
    return securityToken;
  }

  private static String requireText(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccessKeyCredentials that
        && accessKeyId.equals(that.accessKeyId)
        && secretAccessKey.equals(that.secretAccessKey)
        && securityToken.equals(that.securityToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyId, secretAccessKey, securityToken);
  }

  @Override
  public String toString() {
    return "AccessKeyCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=****"
        + (securityToken.isPresent() ? ", securityToken=****" : "") + "]";
  }
}
