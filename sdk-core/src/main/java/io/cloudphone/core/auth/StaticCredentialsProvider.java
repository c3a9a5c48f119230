package io.cloudphone.core.auth;

import java.util.Objects;

/** Always supplies the same credentials. */
public final class StaticCredentialsProvider implements CredentialsProvider {
  private final Credentials credentials;

  private StaticCredentialsProvider(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** A provider of exactly these credentials. */
  public static StaticCredentialsProvider of(Credentials credentials) {
    return new StaticCredentialsProvider(credentials);
  }

  @Override
  public Credentials resolveCredentials() {
    return credentials;
  }

  @Override
  public String toString() {
    return "StaticCredentialsProvider[" + credentials + "]";
  }
}
