package io.cloudphone.core.auth;

import io.cloudphone.core.CredentialsException;
import io.cloudphone.core.internal.Validate;
import java.util.function.Function;

/** Reads an access key pair (and optional security token) from environment variables named by the provider. */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
  private final String accessKeyVariable;
  private final String secretKeyVariable;
  private final String securityTokenVariable;
  private final Function<String, String> environment;

  private EnvironmentCredentialsProvider(
      String accessKeyVariable, String secretKeyVariable, String securityTokenVariable,
      Function<String, String> environment) {
    this.accessKeyVariable = Validate.notNull("accessKeyVariable", accessKeyVariable);
    this.secretKeyVariable = Validate.notNull("secretKeyVariable", secretKeyVariable);
    this.securityTokenVariable = securityTokenVariable;
    this.environment = Validate.notNull("environment", environment);
  }

  /** Reads the process environment. */
  public static EnvironmentCredentialsProvider of(
      String accessKeyVariable, String secretKeyVariable, String securityTokenVariable) {
    return new EnvironmentCredentialsProvider(
        accessKeyVariable, secretKeyVariable, securityTokenVariable, System::getenv);
  }

  /** Reads the given environment instead of the process's (for tests). */
  public static EnvironmentCredentialsProvider of(
      String accessKeyVariable, String secretKeyVariable, String securityTokenVariable,
      Function<String, String> environment) {
    return new EnvironmentCredentialsProvider(
        accessKeyVariable, secretKeyVariable, securityTokenVariable, environment);
  }

  @Override
  public Credentials resolveCredentials() {
    String accessKey = blankToNull(environment.apply(accessKeyVariable));
    String secretKey = blankToNull(environment.apply(secretKeyVariable));
    if (accessKey == null || secretKey == null) {
      throw new CredentialsException("environment variables " + accessKeyVariable + " and "
          + secretKeyVariable + " must both be set"
          + (accessKey == null && secretKey == null ? "" : " (only one of them is)"));
    }
    String token = securityTokenVariable == null ? null : blankToNull(environment.apply(securityTokenVariable));
    return token == null
        ? AccessKeyCredentials.of(accessKey, secretKey)
        : AccessKeyCredentials.temporary(accessKey, secretKey, token);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Override
  public String toString() {
    return "EnvironmentCredentialsProvider[" + accessKeyVariable + ", " + secretKeyVariable
        + (securityTokenVariable == null ? "" : ", " + securityTokenVariable) + "]";
  }
}
