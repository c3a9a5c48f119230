package io.cloudphone.examples;

import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneFleet;
import io.cloudphone.huawei.HuaweiCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The one-liner behind JShell's {@code cloud}: {@link #connect()} returns a client on the real service when a
 * provider's credentials are in the environment ({@value Connections#PROVIDER_VARIABLE} chooses when both are),
 * otherwise on the embedded Huawei fake, and says in one line which it is; {@link #fleet()} is JShell's
 * {@code fleet}, when several members are configured.
 */
public final class Cloud {
  /** A properties file describing a fleet, in the format of {@link CloudPhoneFleet#fromProperties(Path)}. */
  public static final String FLEET_VARIABLE = "CLOUDPHONE_FLEET";

  private static Connection current;
  private static CloudPhoneFleet fleet;

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

  /**
   * The fleet the process environment configures, or null when it configures at most one member; later calls
   * return the same fleet.
   *
   * @throws IllegalArgumentException when the fleet file is malformed or a member's configuration incomplete
   */
  public static CloudPhoneFleet fleet() {
    return fleet(System.getenv(), System.out);
  }

  /**
   * The fleet {@code env} configures ({@value #FLEET_VARIABLE} naming a fleet file, or both providers'
   * credentials), or null when it configures none, saying on {@code out} which members it has; later calls
   * return the same fleet.
   *
   * @throws IllegalArgumentException when the fleet file is malformed or a member's configuration incomplete
   */
  public static synchronized CloudPhoneFleet fleet(Map<String, String> env, PrintStream out) {
    if (fleet == null) {
      Optional<String> file = value(env, FLEET_VARIABLE);
      boolean bothProviders = value(env, HuaweiCredentials.ACCESS_KEY_VARIABLE).isPresent()
          && value(env, AlibabaCredentials.ACCESS_KEY_ID_VARIABLE).isPresent();
      if (file.isPresent()) {
        fleet = CloudPhoneFleet.fromProperties(properties(Path.of(file.get())), env::get, CallListener.none());
      } else if (bothProviders) {
        fleet = CloudPhoneFleet.fromEnvironment(env::get, CallListener.none());
      } else {
        return null;
      }
      CloudPhoneFleet opened = fleet;
      Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "cloudphone-examples-close-fleet"));
      out.println("`fleet` is ready: " + String.join(", ", opened.members().keySet()));
    }
    return fleet;
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

  private static Properties properties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fleet configuration " + file + " (" + FLEET_VARIABLE + ")", e);
    }
    return properties;
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
