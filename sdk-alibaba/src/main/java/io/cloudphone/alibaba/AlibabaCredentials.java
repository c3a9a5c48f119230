package io.cloudphone.alibaba;

import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.auth.EnvironmentCredentialsProvider;
import io.cloudphone.core.auth.StaticCredentialsProvider;

/** Ready-made credentials providers for Alibaba Cloud. */
public final class AlibabaCredentials {
  /** Environment variable holding the AccessKey id. */
  public static final String ACCESS_KEY_ID_VARIABLE = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  /** Environment variable holding the AccessKey secret. */
  public static final String ACCESS_KEY_SECRET_VARIABLE = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  /** Environment variable holding the STS security token. */
  public static final String SECURITY_TOKEN_VARIABLE = "ALIBABA_CLOUD_SECURITY_TOKEN";

  private AlibabaCredentials() {}

  /** A long-term AccessKey pair. */
  public static CredentialsProvider accessKey(String accessKeyId, String accessKeySecret) {
    return StaticCredentialsProvider.of(AccessKeyCredentials.of(accessKeyId, accessKeySecret));
  }

  /** STS credentials; the token is sent as {@code SecurityToken}. */
  public static CredentialsProvider sts(String accessKeyId, String accessKeySecret, String securityToken) {
    return StaticCredentialsProvider.of(
        AccessKeyCredentials.temporary(accessKeyId, accessKeySecret, securityToken));
  }

  /** {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code _ACCESS_KEY_SECRET} and optional {@code _SECURITY_TOKEN}. */
  public static CredentialsProvider environment() {
    return EnvironmentCredentialsProvider.of(
        ACCESS_KEY_ID_VARIABLE, ACCESS_KEY_SECRET_VARIABLE, SECURITY_TOKEN_VARIABLE);
  }
}
