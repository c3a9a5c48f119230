package io.cloudphone.examples;

import io.cloudphone.core.Clock;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.testkit.CloudPhoneFake;
import java.io.PrintStream;
import java.util.Map;

/**
 * The quickstart: for each provider, through the neutral {@link CloudPhoneClient} only, list servers and phones,
 * restart the running phones of one server with a progress bar, wait for the jobs and print a result per phone.
 * Without options it runs against the embedded fakes of both services; {@code --provider} uses the real one,
 * read-only unless {@code --allow-changes}. Exit codes: 0 done, 1 failed, 2 bad options or configuration.
 */
public final class Quickstart {
  /** Exit code of a run that went through. */
  public static final int OK = 0;
  /** Exit code of a run the service or the network broke off. */
  public static final int FAILED = 1;
  /** Exit code of a run refused for bad options or missing configuration. */
  public static final int USAGE = 2;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  /** A quickstart reading credentials from {@code env} and printing on {@code out} and {@code err}. */
  public Quickstart(Map<String, String> env, PrintStream out, PrintStream err) {
    this(env, out, err, Clock.system());
  }

  /** A quickstart whose real-service client waits and signs on {@code clock}: tests pass a fake's virtual clock. */
  Quickstart(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** Runs the quickstart with the process environment and exits with its code when that is not 0. */
  public static void main(String[] args) {
    int code = new Quickstart(System.getenv(), System.out, System.err).run(args);
    if (code != OK) {
      System.exit(code);
    }
  }

  /** Runs the quickstart and returns its exit code ({@link #OK}, {@link #FAILED} or {@link #USAGE}). */
  public int run(String... args) {
    QuickstartOptions options;
    try {
      options = QuickstartOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(QuickstartOptions.USAGE);
      return USAGE;
    }
    if (options.help()) {
      out.println(QuickstartOptions.USAGE);
      return OK;
    }
    try {
      if (options.provider().isPresent()) {
        againstService(options);
      } else {
        againstFakes(options);
      }
      return OK;
    } catch (ConfigurationException e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      err.println("error: " + e);
      return FAILED;
    }
  }

  private void againstFakes(QuickstartOptions options) {
    try (DemoFakes fakes = DemoFakes.start()) {
      for (CloudPhoneFake<?> fake : fakes.all()) {
        header(fake.provider().displayName() + ": " + DemoFakes.describe(fake));
        new Walkthrough(fake.client(), out).run(options.selection(), true);
        out.println();
      }
    }
  }

  private void againstService(QuickstartOptions options) {
    String provider = options.provider().orElseThrow();
    CloudPhoneClient cloud = Connections.real(provider, env, options.region(), options.endpoint(), clock);
    header(Connections.describe(cloud, env, options.region(), options.endpoint())
        + (options.allowChanges() ? "" : ", read-only"));
    new Walkthrough(cloud, out).run(options.selection(), options.allowChanges());
  }

  private void header(String title) {
    out.println("== " + title + " ==");
    out.println();
  }
}
