package io.cloudphone.core.auth;

import io.cloudphone.core.CredentialsException;

/** Supplies credentials each time a request is signed, so rotated credentials are picked up. */
@FunctionalInterface
public interface CredentialsProvider {
  /**
   * Returns the current credentials.
   *
   * @throws CredentialsException when none can be found, with the reason
   */
  Credentials resolveCredentials();
}
