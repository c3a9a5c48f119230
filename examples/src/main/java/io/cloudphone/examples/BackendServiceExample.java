package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.examples.PhoneService.PhoneSummary;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Non-blocking use from a service: one client shared by everything, {@value #READS} phone reads in flight at once
 * composed with {@link CompletableFuture}, a bulk restart bounded to {@value #MAX_CONCURRENCY} requests at a time,
 * then a clean shutdown. It connects like JShell's {@code cloud} (the embedded fakes unless credentials are set)
 * and restarts only where changes are allowed.
 */
public final class BackendServiceExample {
  /** Phone reads the service has in flight at once, as if that many requests came in together. */
  static final int READS = 50;
  /** Restart requests in flight at once. */
  static final int MAX_CONCURRENCY = 2;
  /** Phones per restart request. */
  static final int CHUNK = 2;

  private BackendServiceExample() {}

  /** Runs the example with the process environment; exits with a non-zero code when it fails. */
  public static void main(String[] args) {
    int code = run(System.getenv(), System.out, System.err);
    if (code != Quickstart.OK) {
      System.exit(code);
    }
  }

  /** Runs the example and returns its exit code (0 done, 1 failed, 2 configuration missing). */
  public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
    try (Connection connection = Connections.fromEnvironment(env)) {
      out.println("Service started on " + connection.description());
      serve(new PhoneService(connection.client()), connection, out);
      out.println("Service stopping" + (connection.fakes().isPresent() ? ": closing the embedded fakes" : ""));
      return Quickstart.OK;
    } catch (ConfigurationException e) {
      err.println("error: " + e.getMessage());
      return Quickstart.USAGE;
    } catch (RuntimeException e) {
      err.println("error: " + e);
      return Quickstart.FAILED;
    }
  }

  private static void serve(PhoneService service, Connection connection, PrintStream out) {
    CloudPhoneClient cloud = connection.client();
    List<Phone> phones = cloud.phones().list(PhoneFilter.all()).stream().limit(READS).toList();
    if (phones.isEmpty()) {
      out.println("No phones to work with.");
      return;
    }
    List<String> reads = IntStream.range(0, READS).mapToObj(i -> phones.get(i % phones.size()).id()).toList();
    List<String> toRestart = phones.stream().filter(phone -> phone.status() == PhoneStatus.RUNNING)
        .limit(6).map(Phone::id).toList();

    long started = System.nanoTime();
    CompletableFuture<List<PhoneSummary>> summaries = service.summaries(reads);
    CompletableFuture<BulkResult> restart = connection.changesAllowed()
        ? service.restart(toRestart, MAX_CONCURRENCY, CHUNK, Duration.ofMinutes(15))
        : CompletableFuture.completedFuture(null);
    // Only main waits, and only here: in a real service the futures would go back to the web framework.
    CompletableFuture.allOf(summaries, restart).join();
    long millis = (System.nanoTime() - started) / 1_000_000;

    Map<String, Long> byStatus = summaries.join().stream()
        .collect(Collectors.groupingBy(PhoneSummary::providerStatus, Collectors.counting()));
    out.println(READS + " phone reads in flight together on one shared client, " + summaries.join().size()
        + " answered; provider statuses seen: " + byStatus);
    if (restart.join() == null) {
      out.println("Read-only: skipped the bulk restart (set " + Connections.ALLOW_CHANGES_VARIABLE
          + "=yes to allow it).");
    } else {
      out.println(restart.join().summary() + " (" + toRestart.size() + " phones, " + CHUNK
          + " a request, at most " + MAX_CONCURRENCY + " requests in flight)");
    }
    out.println("All of it took " + millis + " ms.");
  }
}
