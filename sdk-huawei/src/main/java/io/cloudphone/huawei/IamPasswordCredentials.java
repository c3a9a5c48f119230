package io.cloudphone.huawei;

import io.cloudphone.core.auth.Credentials;
import java.util.Objects;

/**
 * An IAM user's password, exchanged by the SDK for an IAM token ({@code POST /v3/auth/tokens}) that is cached
 * until shortly before it expires.
 */
public final class IamPasswordCredentials implements Credentials {
  private final String domainName;
  private final String userName;
  private final String password;

  private IamPasswordCredentials(String domainName, String userName, String password) {
    this.domainName = requireText(domainName, "domainName");
    this.userName = requireText(userName, "userName");
    this.password = requireText(password, "password");
  }

  /** Credentials of IAM user {@code userName} in account (domain) {@code domainName}. */
  public static IamPasswordCredentials of(String domainName, String userName, String password) {
    return new IamPasswordCredentials(domainName, userName, password);
  }

  /** The account (domain) name. */
  public String domainName() {
    return domainName;
  }

  /** The IAM user name. */
  public String userName() {
    return userName;
  }

  /** The password; only the token exchange reads it. */
  public String password() {
    return password;
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
    return other instanceof IamPasswordCredentials that && domainName.equals(that.domainName)
        && userName.equals(that.userName) && password.equals(that.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domainName, userName, password);
  }

  @Override
  public String toString() {
    return "IamPasswordCredentials[domainName=" + domainName + ", userName=" + userName + ", password=****]";
  }
}
