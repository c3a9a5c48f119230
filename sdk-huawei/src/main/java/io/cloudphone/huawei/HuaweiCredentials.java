package io.cloudphone.huawei;

import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.auth.EnvironmentCredentialsProvider;
import io.cloudphone.core.auth.StaticCredentialsProvider;

/** Ready-made credentials providers for Huawei Cloud. */
public final class HuaweiCredentials {
  /** Environment variable holding the access key id. */
  public static final String ACCESS_KEY_VARIABLE = "HUAWEICLOUD_SDK_AK";
  /** Environment variable holding the secret key. */
  public static final String SECRET_KEY_VARIABLE = "HUAWEICLOUD_SDK_SK";
  /** Environment variable holding the security token of temporary credentials. */
  public static final String SECURITY_TOKEN_VARIABLE = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
  /** Environment variable holding the project id. */
  public static final String PROJECT_ID_VARIABLE = "HUAWEICLOUD_SDK_PROJECT_ID";

  private HuaweiCredentials() {}

  /** Long-term AK/SK. */
  public static CredentialsProvider accessKey(String accessKeyId, String secretAccessKey) {
    return StaticCredentialsProvider.of(AccessKeyCredentials.of(accessKeyId, secretAccessKey));
  }

  /** Temporary AK/SK with the security token sent as {@code X-Security-Token}. */
  public static CredentialsProvider temporaryAccessKey(
      String accessKeyId, String secretAccessKey, String securityToken) {
    return StaticCredentialsProvider.of(
        AccessKeyCredentials.temporary(accessKeyId, secretAccessKey, securityToken));
  }

  /** An IAM user's password, exchanged for cached IAM tokens. */
  public static CredentialsProvider iamPassword(String domainName, String userName, String password) {
    return StaticCredentialsProvider.of(IamPasswordCredentials.of(domainName, userName, password));
  }

  /** AK/SK (and optional security token) from {@code HUAWEICLOUD_SDK_AK}, {@code _SK}, {@code _SECURITY_TOKEN}. */
  public static CredentialsProvider environment() {
    return EnvironmentCredentialsProvider.of(ACCESS_KEY_VARIABLE, SECRET_KEY_VARIABLE, SECURITY_TOKEN_VARIABLE);
  }
}
