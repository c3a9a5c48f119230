package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import java.util.Objects;
import java.util.Optional;

/**
 * A client together with what it is connected to, whether changes (restarts) are allowed on it, and the embedded
 * fakes behind it when there are any; closing it stops those fakes.
 */
public final class Connection implements AutoCloseable {
  private final CloudPhoneClient client;
  private final String description;
  private final boolean changesAllowed;
  private final DemoFakes fakes;

  private Connection(CloudPhoneClient client, String description, boolean changesAllowed, DemoFakes fakes) {
    this.client = Objects.requireNonNull(client, "client");
    this.description = Objects.requireNonNull(description, "description");
    this.changesAllowed = changesAllowed;
    this.fakes = fakes;
  }

  /** A connection to a real service; changes only when {@code changesAllowed}. */
  public static Connection real(CloudPhoneClient client, String description, boolean changesAllowed) {
    return new Connection(client, description, changesAllowed, null);
  }

  /** A connection to the Huawei fake of {@code fakes}, which it owns; changes are always allowed on a fake. */
  public static Connection fake(DemoFakes fakes) {
    return new Connection(fakes.huawei().client(),
        fakes.huawei().provider().displayName() + ": " + DemoFakes.describe(fakes.huawei()), true, fakes);
  }

  /** The neutral client. */
  public CloudPhoneClient client() {
    return client;
  }

  /** What the client is connected to, e.g. {@code Huawei CPH in cn-east-3}; never a secret. */
  public String description() {
    return description;
  }

  /** Whether code may change phones here (always on a fake; on a real service only when asked for). */
  public boolean changesAllowed() {
    return changesAllowed;
  }

  /** The embedded fakes behind this connection, when it is not a real service. */
  public Optional<DemoFakes> fakes() {
    return Optional.ofNullable(fakes);
  }

  /** Closes the client (later calls are refused; a shared or user OkHttpClient stays open), then the fakes, if any. */
  @Override
  public void close() {
    client.close();
    if (fakes != null) {
      fakes.close();
    }
  }

  @Override
  public String toString() {
    return "Connection[" + description + (changesAllowed ? "" : ", read-only") + "]";
  }
}
