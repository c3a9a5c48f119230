package io.cloudphone.core.auth;

import io.cloudphone.core.CredentialsException;
import io.cloudphone.core.internal.Validate;
import java.util.List;

/** Tries providers in order and returns the first credentials found; if none has any, says why for each. */
public final class CredentialsProviderChain implements CredentialsProvider {
  private final List<CredentialsProvider> providers;

  private CredentialsProviderChain(List<CredentialsProvider> providers) {
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("a credentials chain needs at least one provider");
    }
    this.providers = List.copyOf(providers);
  }

  /** A chain over these providers, tried in order. */
  public static CredentialsProviderChain of(CredentialsProvider... providers) {
    return new CredentialsProviderChain(List.of(Validate.notNull("providers", providers)));
  }

  /** A chain over these providers, tried in order. */
  public static CredentialsProviderChain of(List<CredentialsProvider> providers) {
    return new CredentialsProviderChain(Validate.notNull("providers", providers));
  }

  @Override
  public Credentials resolveCredentials() {
    StringBuilder reasons = new StringBuilder("no credentials found:");
    for (CredentialsProvider provider : providers) {
      try {
        return provider.resolveCredentials();
      } catch (CredentialsException e) {
        reasons.append("\n  ").append(provider).append(": ").append(e.getMessage());
      }
    }
    throw new CredentialsException(reasons.toString());
  }

  @Override
  public String toString() {
    return "CredentialsProviderChain" + providers;
  }
}
