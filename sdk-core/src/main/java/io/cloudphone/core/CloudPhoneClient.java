package io.cloudphone.core;

/**
 * One API over both providers: code written against {@link #servers()}, {@link #phones()} and {@link #jobs()}
 * runs unchanged on Huawei CPH and Alibaba Cloud Phone. Both typed clients implement it.
 */
public interface CloudPhoneClient {
  /** The provider behind this client. */
  Provider provider();

  /** Physical hosts: Huawei cloud phone servers, Alibaba cloud phone nodes (matrices). */
  Servers servers();

  /** Phones: Huawei cloud phones, Alibaba Android instances. */
  Phones phones();

  /** Asynchronous work: Huawei jobs, Alibaba tasks and command invocations. */
  Jobs jobs();

  /**
   * Returns this client as its typed provider client, e.g. {@code unwrap(HuaweiCphClient.class)}.
   *
   * @throws IllegalArgumentException when this client is not a {@code type}
   */
  default <T> T unwrap(Class<T> type) {
    if (io.cloudphone.core.internal.Validate.notNull("type", type).isInstance(this)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException("this is a " + provider().displayName() + " client, not a "
        + type.getSimpleName());
  }
}
