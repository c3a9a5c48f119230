package io.cloudphone.core;

import io.cloudphone.core.auth.CredentialsProvider;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What configuration says about one fleet member, handed to its provider's {@link CloudPhoneClientFactory}.
 * It holds a credentials provider, never a secret.
 *
 * @param region the region, e.g. {@code cn-east-3}; empty only with an endpoint
 * @param endpoint an endpoint override (a proxy, a test server)
 * @param credentials where the member's credentials come from
 * @param options the provider-specific settings, by {@link CloudPhoneClientFactory#optionKeys()} name
 * @param callListener the listener of the member's calls
 */
public record FleetMemberSettings(Optional<String> region, Optional<URI> endpoint, CredentialsProvider credentials,
    Map<String, String> options, CallListener callListener) {
  /** Validates and copies the components. */
  public FleetMemberSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(credentials, "credentials");
    options = Map.copyOf(options);
    Objects.requireNonNull(callListener, "callListener");
  }
}
