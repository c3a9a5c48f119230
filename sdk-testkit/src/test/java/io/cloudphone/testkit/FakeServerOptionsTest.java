package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FakeServer's command line: arguments to settings, and wrong arguments to a message naming the option. */
class FakeServerOptionsTest {

  @Test
  void parse_noArguments_huaweiOnLoopbackAnyPortDefaultFleetNoFaultsWallClock() {
    FakeServerOptions options = FakeServerOptions.parse();

    assertThat(options.provider()).isEqualTo(Provider.HUAWEI);
    assertThat(options.bind()).isEqualTo("127.0.0.1");
    assertThat(options.port()).isZero();
    assertThat(options.fleet()).isEqualTo(Fleet.defaults());
    assertThat(options.faults()).isEqualTo(FaultPlan.none());
    assertThat(options.realTime()).isTrue();
    assertThat(options.help()).isFalse();
  }

  @Test
  void parse_everyOption_reachesFleetFaultsAndClock() {
    FakeServerOptions options = FakeServerOptions.parse("--provider", "ALIBABA", "--port", "8080", "--bind",
        "0.0.0.0", "--servers", "3", "--phones-per-server", "4", "--name-prefix", "ci", "--job-duration", "250ms",
        "--clock-speed", "10", "--throttle-rate", "0.1", "--server-error-rate", "0.05", "--drop-connection-rate",
        "0.01", "--latency", "50ms", "--failing-phones", "ci-phone-01-02,acp-fake001003", "--rate-limit",
        "ListCloudPhones=50", "--rate-limit", "DescribeAndroidInstances=2.5", "--seed", "42");

    assertThat(options.provider()).isEqualTo(Provider.ALIBABA);
    assertThat(options.bind()).isEqualTo("0.0.0.0");
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.fleet()).isEqualTo(Fleet.builder().servers(3).phonesPerServer(4).namePrefix("ci")
        .jobDuration(Duration.ofMillis(250)).build());
    assertThat(options.clockSpeed()).isEqualTo(10.0);
    assertThat(options.realTime()).isFalse();
    FaultPlan faults = options.faults();
    assertThat(faults.throttleRate()).isEqualTo(0.1);
    assertThat(faults.serverErrorRate()).isEqualTo(0.05);
    assertThat(faults.dropConnectionRate()).isEqualTo(0.01);
    assertThat(faults.latency()).isEqualTo(Duration.ofMillis(50));
    assertThat(faults.failingPhones()).isEqualTo(Set.of("ci-phone-01-02", "acp-fake001003"));
    assertThat(faults.rateLimits()).isEqualTo(Map.of("ListCloudPhones", 50.0, "DescribeAndroidInstances", 2.5));
    assertThat(faults.seed()).isEqualTo(42);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --port=9000                      | port=9000
      --latency PT1.5S                 | latency=PT1.5S
      --latency 2m                     | latency=PT2M
      --rate-limit=ListCloudPhones=50  | rateLimits={ListCloudPhones=50.0}
      --provider alibaba --help        | help=true
      -h                               | help=true
      """)
  void parse_alternativeSpellings_sameSettings(String args, String expected) {
    FakeServerOptions options = FakeServerOptions.parse(args.split(" "));

    assertThat(options.toString() + options.faults()).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --provider aws                    | --provider must be huawei or alibaba, not aws
      --port 70000                      | --port must be from 0 to 65535, not 70000
      --port eighty                     | --port needs a whole number, not eighty
      --port                            | --port needs a value
      --servers --port 1                | --servers needs a value
      --servers 1000                    | --servers must be from 0 to 999, not 1000
      --throttle-rate 1.5               | --throttle-rate must be from 0 to 1, not 1.5
      --throttle-rate 0.6 --server-error-rate 0.6 | throttleRate + serverErrorRate + dropConnectionRate must not exceed 1
      --latency 50 ms                   | --latency needs a duration such as 250ms, 3s, 2m or PT1.5S, not 50
      --clock-speed 0                   | --clock-speed must be above 0, not 0
      --clock-speed NaN                 | --clock-speed needs a number, not NaN
      --rate-limit ListCloudPhones      | --rate-limit needs OPERATION=RPS, not ListCloudPhones
      --rate-limit ListCloudPhones=0    | --rate-limit must be above 0, not 0
      --name-prefix a.b                 | namePrefix must be 1-32 letters, digits, '-' or '_': a.b
      --verbose                         | unknown option --verbose
      huawei                            | unknown option huawei
      """)
  void parse_wrongArgument_usageErrorNamingIt(String args, String message) {
    assertThatThrownBy(() -> FakeServerOptions.parse(args.split(" ")))
        .isInstanceOf(FakeServerUsageException.class).hasMessage(message);
  }
}
