package io.cloudphone.testkit;

import io.cloudphone.core.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link FakeServer}'s command line asks for: which fake, where it listens, its fleet, its faults and how
 * fast its clock runs.
 *
 * @param provider the provider the fake imitates
 * @param bind the address the server listens on
 * @param port the port, 0 for any free one
 * @param fleet what the fake is seeded with
 * @param faults the faults it injects
 * @param clockSpeed how many fake seconds pass per real second; 1 is wall-clock time
 * @param help whether only the usage was asked for
 */
record FakeServerOptions(Provider provider, String bind, int port, Fleet fleet, FaultPlan faults, double clockSpeed,
    boolean help) {

  /** The usage text {@code --help} prints. */
  static final String USAGE = """
      Usage: FakeServer [options]
        Runs a fake Huawei CPH or Alibaba Cloud Phone until it is killed (Ctrl-C, SIGTERM). First it prints its
        endpoint and test credentials as shell lines (`export NAME=value`; other lines start with #), which a
        script can source: FakeServer ... > fake.env & ... . fake.env

        --provider huawei|alibaba    which service to imitate (default huawei)
        --port N                     port to listen on; 0, the default, takes any free one (printed)
        --bind ADDRESS               address to listen on (default 127.0.0.1; e.g. 0.0.0.0 for containers)
        --servers N                  servers (Huawei) or nodes (Alibaba) in the seeded fleet (default 2)
        --phones-per-server N        phones (instances) on each of them (default 5)
        --name-prefix PREFIX         prefix of every seeded name (default test)
        --job-duration DURATION      fake time a restart, reset, command... takes (default 3s)
        --clock-speed X              fake seconds per real second (default 1, wall-clock time); above 1 the fake's
                                     clock runs ahead of its clients', and signatures older than 15 fake minutes
                                     are refused: prefer a short --job-duration for long sessions
        --throttle-rate R            share (0-1) of requests answered with the provider's throttling error
        --server-error-rate R        share (0-1) answered with the provider's internal server error
        --drop-connection-rate R     share (0-1) whose connection is closed without an answer
        --latency DURATION           real time added before every answer
        --failing-phones ID,...      phones (ids or names) whose jobs and commands always fail
        --rate-limit OPERATION=RPS   server-side limit of one operation in requests per second (repeatable),
                                     e.g. ListCloudPhones=50 or DescribeAndroidInstances=10
        --seed N                     seed of every random fault decision (default 1)
        --help                       prints this text

        DURATION is 250ms, 3s, 2m or ISO-8601 (PT1.5S).
      """;

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

  /**
   * Reads a command line.
   *
   * @throws FakeServerUsageException naming the option that is wrong and why
   */
  static FakeServerOptions parse(String... args) {
    Objects.requireNonNull(args, "args");
    Reader reader = new Reader(expandEquals(args));
    Provider provider = Provider.HUAWEI;
    String bind = "127.0.0.1";
    int port = 0;
    Fleet.Builder fleet = Fleet.builder();
    FaultPlan.Builder faults = FaultPlan.builder();
    double clockSpeed = 1;
    while (reader.hasNext()) {
      String option = reader.next();
      switch (option) {
        case "--help", "-h" -> {
          return new FakeServerOptions(provider, bind, port, Fleet.defaults(), FaultPlan.none(), clockSpeed, true);
        }
        case "--provider" -> provider = provider(reader.value(option));
        case "--port" -> port = integer(option, reader.value(option), 0, 65535);
        case "--bind" -> bind = reader.value(option);
        case "--servers" -> fleet.servers(integer(option, reader.value(option), 0, 999));
        case "--phones-per-server" -> fleet.phonesPerServer(integer(option, reader.value(option), 0, 999));
        case "--name-prefix" -> fleet.namePrefix(reader.value(option));
        case "--job-duration" -> fleet.jobDuration(duration(option, reader.value(option)));
        case "--clock-speed" -> clockSpeed = positive(option, reader.value(option));
        case "--throttle-rate" -> faults.throttleRate(rate(option, reader.value(option)));
        case "--server-error-rate" -> faults.serverErrorRate(rate(option, reader.value(option)));
        case "--drop-connection-rate" -> faults.dropConnectionRate(rate(option, reader.value(option)));
        case "--latency" -> faults.latency(duration(option, reader.value(option)));
        case "--failing-phones" -> faults.failingPhones(List.of(reader.value(option).split(",")));
        case "--rate-limit" -> rateLimit(faults, option, reader.value(option));
        case "--seed" -> faults.seed(longValue(option, reader.value(option)));
        default -> throw new FakeServerUsageException("unknown option " + option);
      }
    }
    return new FakeServerOptions(provider, bind, port, build(fleet::build), build(faults::build), clockSpeed,
        false);
  }

  /** Whether the fake runs on wall-clock time rather than on a sped-up virtual clock. */
  boolean realTime() {
    return clockSpeed == 1;
  }

  private static <T> T build(java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new FakeServerUsageException(e.getMessage());
    }
  }

  private static List<String> expandEquals(String... args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 2) {
        out.add(arg.substring(0, equals));
        out.add(arg.substring(equals + 1));
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  private static Provider provider(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "huawei" -> Provider.HUAWEI;
      case "alibaba" -> Provider.ALIBABA;
      default -> throw new FakeServerUsageException("--provider must be huawei or alibaba, not " + value);
    };
  }

  private static void rateLimit(FaultPlan.Builder faults, String option, String value) {
    // --rate-limit=ListCloudPhones=50 arrives here as "ListCloudPhones=50" too: only the first '=' was split off.
    int equals = value.lastIndexOf('=');
    if (equals <= 0) {
      throw new FakeServerUsageException(option + " needs OPERATION=RPS, not " + value);
    }
    faults.rateLimit(value.substring(0, equals), positive(option, value.substring(equals + 1)));
  }

  private static int integer(String option, String value, int min, int max) {
    long parsed = longValue(option, value);
    if (parsed < min || parsed > max) {
      throw new FakeServerUsageException(option + " must be from " + min + " to " + max + ", not " + value);
    }
    return (int) parsed;
  }

  private static long longValue(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new FakeServerUsageException(option + " needs a whole number, not " + value);
    }
  }

  private static double number(String option, String value) {
    try {
      double parsed = Double.parseDouble(value);
      if (Double.isFinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // answered below, with the option's name
    }
    throw new FakeServerUsageException(option + " needs a number, not " + value);
  }

  private static double rate(String option, String value) {
    double parsed = number(option, value);
    if (parsed < 0 || parsed > 1) {
      throw new FakeServerUsageException(option + " must be from 0 to 1, not " + value);
    }
    return parsed;
  }

  private static double positive(String option, String value) {
    double parsed = number(option, value);
    if (parsed <= 0) {
      throw new FakeServerUsageException(option + " must be above 0, not " + value);
    }
    return parsed;
  }

  private static Duration duration(String option, String value) {
    Matcher matcher = DURATION.matcher(value);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    }
    try {
      Duration parsed = Duration.parse(value);
      if (!parsed.isNegative()) {
        return parsed;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // answered below, with the option's name
    }
    throw new FakeServerUsageException(option + " needs a duration such as 250ms, 3s, 2m or PT1.5S, not " + value);
  }

  /** Walks the arguments, asking each option for its value. */
  private static final class Reader {
    private final List<String> args;
    private int next;

    Reader(List<String> args) {
      this.args = args;
    }

    boolean hasNext() {
      return next < args.size();
    }

    String next() {
      return args.get(next++);
    }

    String value(String option) {
      if (!hasNext() || args.get(next).startsWith("--")) {
        throw new FakeServerUsageException(option + " needs a value");
      }
      return next();
    }
  }
}
