package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * The one-liner behind JShell's {@code cloud}: {@link #connect()} returns a client on the real service when a
 * provider's credentials are in the environment ({@value Connections#PROVIDER_VARIABLE} chooses when both are),
 * otherwise on the embedded Huawei fake, and says in one line which it is.
 */
public final class Cloud {
  private static Connection current;

  private Cloud() {}

  /**
   * Connects as the process environment says and prints what to; later calls return the same client.
   *
   * @throws ConfigurationException when the environment's configuration is incomplete
   */
  public static CloudPhoneClient connect() {
    return connect(System.getenv(), System.out);
  }

  /**
   * Connects as {@code env} says and prints what to on {@code out}; later calls return the same client.
   *
   * @throws ConfigurationException when the configuration is incomplete
   */
  public static synchronized CloudPhoneClient connect(Map<String, String> env, PrintStream out) {
    if (current == null) {
      Connection connection = Connections.fromEnvironment(env);
      Runtime.getRuntime().addShutdownHook(new Thread(connection::close, "cloudphone-examples-close"));
      current = connection;
      out.println("Connected to " + connection.description()
          + (connection.changesAllowed() ? "" : " (read-only: set " + Connections.ALLOW_CHANGES_VARIABLE
              + "=yes to allow changes)"));
    }
    return current.client();
  }

  /** The connection {@link #connect()} made, if it was called. */
  public static synchronized Optional<Connection> connection() {
    return Optional.ofNullable(current);
  }

  /** Whether scripts may change phones: always on the embedded fake, on a real service only when allowed. */
  public static synchronized boolean changesAllowed() {
    return current != null && current.changesAllowed();
  }

  /** Closes the connection (stopping the embedded fakes, if any); the next {@link #connect()} starts afresh. */
  public static synchronized void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
