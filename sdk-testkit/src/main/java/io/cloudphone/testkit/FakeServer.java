package io.cloudphone.testkit;

import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.Provider;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.testkit.internal.server.ClockDriver;
import io.cloudphone.testkit.internal.server.TcpRelay;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A fake run as a standalone server, like moto's server mode: a service under test in another process or
 * container points at it with the endpoint and test credentials it prints.
 *
 * <pre>{@code
 * mvn -q -pl sdk-testkit -am compile exec:java@fake-server -Dexec.args="--provider huawei --port 8080"
 * java -cp <test class path> io.cloudphone.testkit.FakeServer --provider alibaba --throttle-rate 0.1
 * }</pre>
 *
 * <p>It prints shell lines ({@code export HUAWEICLOUD_SDK_AK=...}, {@code export CLOUDPHONE_ENDPOINT=...}; the
 * rest are {@code #} comments), then serves until it is killed; Ctrl-C or SIGTERM closes it cleanly. The
 * credentials are the fake's own test credentials, valid against the fake only. {@code --help} lists the
 * options; a wrong command line exits with status 2.
 */
public final class FakeServer implements AutoCloseable {
  private final FakeServerOptions options;
  private final CloudPhoneFake<?> fake;
  private final TcpRelay relay;
  private final Optional<ClockDriver> clock;
  private final URI endpoint;

  private FakeServer(FakeServerOptions options) {
    this.options = options;
    FakeTime time = options.realTime() ? FakeTime.real() : FakeTime.manual();
    this.fake = startFake(options, time);
    try {
      this.relay = TcpRelay.start(options.bind(), options.port(), fake.endpoint());
    } catch (UncheckedIOException e) {
      fake.close();
      throw e;
    }
    this.clock = options.realTime() ? Optional.empty()
        : Optional.of(ClockDriver.start(options.clockSpeed(), time::advance));
    this.endpoint = URI.create("http://" + clientHost(options.bind()) + ":" + relay.port());
  }

  /**
   * Starts a server from command-line arguments (the same as {@link #main(String...)} takes) and returns it
   * running; for running one inside a test or another program.
   *
   * @throws IllegalArgumentException naming the argument that is wrong, or when {@code --help} is given
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static FakeServer start(String... args) {
    FakeServerOptions options = FakeServerOptions.parse(args);
    if (options.help()) {
      throw new IllegalArgumentException("--help only prints the usage; start the server without it");
    }
    return new FakeServer(options);
  }

  /** Runs a server until the process is killed; see the class comment and {@code --help}. */
  public static void main(String... args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Everything {@link #main} does but exiting: starts, prints, waits; returns the exit status on failure. */
  static int run(PrintStream out, PrintStream err, String... args) {
    FakeServerOptions options;
    try {
      options = FakeServerOptions.parse(args);
    } catch (FakeServerUsageException e) {
      err.println("FakeServer: " + e.getMessage());
      err.println("Try --help for the options.");
      return 2;
    }
    if (options.help()) {
      out.print(FakeServerOptions.USAGE);
      return 0;
    }
    FakeServer server;
    try {
      server = new FakeServer(options);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("FakeServer: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "fake-server-shutdown"));
    out.print(server.environment());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The provider the running fake imitates. */
  public Provider provider() {
    return options.provider();
  }

  /** Where clients reach the server, such as {@code http://127.0.0.1:8080}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The fake behind the server, for its request log, fault plan, clock and ids when run in-process. */
  public CloudPhoneFake<?> fake() {
    return fake;
  }

  /**
   * What the command prints: {@code export} lines for the endpoint, region and the fake's test credentials (in the
   * variables the SDK's environment credentials read), and {@code #} comments for a human.
   */
  public String environment() {
    StringBuilder text = new StringBuilder();
    Fleet fleet = fake.fleet();
    String unit = options.provider() == Provider.HUAWEI ? "servers" : "nodes";
    text.append("# Fake ").append(options.provider().displayName())
        .append(" (cloudphone-java sdk-testkit) on ").append(endpoint).append(": ").append(fleet.servers())
        .append(' ').append(unit).append(" x ").append(fleet.phonesPerServer()).append(" phones, ")
        .append(options.realTime() ? "wall-clock time" : "clock at " + options.clockSpeed() + "x")
        .append(options.faults().isEmpty() ? ", no faults" : ", with faults").append('\n');
    text.append("# Test credentials of the fake, valid against it only. Ctrl-C or SIGTERM stops it.\n");
    export(text, "CLOUDPHONE_PROVIDER", options.provider().name().toLowerCase(Locale.ROOT));
    export(text, "CLOUDPHONE_ENDPOINT", endpoint.toString());
    AccessKeyCredentials keys = fake.credentials();
    if (fake instanceof FakeHuaweiCph huawei) {
      export(text, "CLOUDPHONE_REGION", huawei.region());
      export(text, HuaweiCredentials.ACCESS_KEY_VARIABLE, keys.accessKeyId());
      export(text, HuaweiCredentials.SECRET_KEY_VARIABLE, keys.secretAccessKey());
      export(text, HuaweiCredentials.PROJECT_ID_VARIABLE, huawei.projectId());
    } else {
      export(text, "CLOUDPHONE_REGION", FakeAlibabaCloudPhone.REGION_ID);
      export(text, AlibabaCredentials.ACCESS_KEY_ID_VARIABLE, keys.accessKeyId());
      export(text, AlibabaCredentials.ACCESS_KEY_SECRET_VARIABLE, keys.secretAccessKey());
    }
    return text.toString();
  }

  /** Stops the clock, the listener and the fake; safe to call twice. */
  @Override
  public void close() {
    clock.ifPresent(ClockDriver::close);
    relay.close();
    fake.close();
  }

  @Override
  public String toString() {
    return "FakeServer[" + options.provider() + ", " + endpoint + "]";
  }

  private static CloudPhoneFake<?> startFake(FakeServerOptions options, FakeTime time) {
    return switch (options.provider()) {
      case HUAWEI -> FakeHuaweiCph.start(options.fleet(), options.faults(), time);
      case ALIBABA -> FakeAlibabaCloudPhone.start(options.fleet(), options.faults(), time);
    };
  }

  private static void export(StringBuilder text, String name, String value) {
    // Ids, keys and URLs of the fakes never hold a quote, but quoting keeps the line safe to source regardless.
    text.append("export ").append(name).append("='").append(value.replace("'", "'\\''")).append("'\n");
  }

  /** The host a client should use: the bound address, or the loopback one when every interface is bound. */
  private static String clientHost(String bind) {
    try {
      InetAddress address = InetAddress.getByName(bind);
      if (address.isAnyLocalAddress()) {
        return "127.0.0.1";
      }
      String host = address.getHostAddress();
      return host.contains(":") ? "[" + host + "]" : host;
    } catch (UnknownHostException e) {
      return bind;
    }
  }
}
