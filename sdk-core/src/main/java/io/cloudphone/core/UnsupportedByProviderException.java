package io.cloudphone.core;

/**
 * A neutral operation one provider cannot do; the message names the provider and the typed method to use
 * instead. Never a silent no-op.
 */
public class UnsupportedByProviderException extends CloudPhoneException {
  private static final long serialVersionUID = 1L;

  private final Provider provider;

  /** Creates the exception for {@code operation} on {@code provider}, pointing at {@code alternative}. */
  public UnsupportedByProviderException(Provider provider, String operation, String alternative) {
    super(provider.displayName() + " cannot " + operation + " through the neutral API; " + alternative);
    this.provider = provider;
  }

  /** The provider that cannot do it. */
  public Provider provider() {
    return provider;
  }
}
