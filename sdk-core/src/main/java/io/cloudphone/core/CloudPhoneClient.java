package io.cloudphone.core;

import java.time.Duration;

/**
 * One API over both providers: code written against {@link #servers()}, {@link #phones()} and {@link #jobs()}
 * runs unchanged on Huawei CPH and Alibaba Cloud Phone. Both typed clients implement it. A client is
 * {@link AutoCloseable}: {@code try (CloudPhoneClient cloud = ...) { ... }} or {@link #close()} in JShell.
 */
public interface CloudPhoneClient extends AutoCloseable {
  /** The provider behind this client. */
  Provider provider();

  /** Physical hosts: Huawei cloud phone servers, Alibaba cloud phone nodes (matrices). */
  Servers servers();

  /** Phones: Huawei cloud phones, Alibaba Android instances. */
  Phones phones();

  /** Asynchronous work: Huawei jobs, Alibaba tasks and command invocations. */
  Jobs jobs();

  /**
   * A view of this client whose calls each have {@code deadline} as their overall deadline (all attempts and
   * backoff pauses) instead of the builder's {@code callDeadline}; it shares everything else with this client
   * (connections, credentials, tokens, clock) and its lifecycle: closing either closes both. Cheap to make, so
   * {@code cloud.withDeadline(Duration.ofSeconds(2)).phones().get(id)} is fine for a single call.
   *
   * @throws IllegalArgumentException when {@code deadline} is null, zero or negative
   */
  CloudPhoneClient withDeadline(Duration deadline);

  /**
   * Releases what the SDK created for this client and refuses later calls with an {@link IllegalStateException};
   * calling it again does nothing. Calls already in flight finish. It never closes or shuts down an OkHttpClient:
   * not one you passed to {@code httpClient(...)}, and not the connection pool and threads that the SDK's
   * clients in a JVM share (they are daemon threads that end when idle).
   */
  @Override
  void close();

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
