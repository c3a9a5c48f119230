package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quickstart's command line, as a table: what each argument list parses to, and the exit code it gives. */
class QuickstartOptionsTest {
  /** A valid command line and what it parses to. */
  record Valid(List<String> args, QuickstartOptions expected) {
    @Override
    public String toString() {
      return args.isEmpty() ? "(no arguments)" : String.join(" ", args);
    }
  }

  /** A command line the parser refuses, with the words its message must contain. */
  record Invalid(List<String> args, String message) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  static List<Valid> valid() {
    return List.of(
        new Valid(List.of(), QuickstartOptions.defaults()),
        new Valid(List.of("--provider", "huawei"), options("huawei", null, null, null, null, false)),
        new Valid(List.of("--provider", "ALIBABA", "--region", "cn-shanghai"),
            options("alibaba", "cn-shanghai", null, null, null, false)),
        new Valid(List.of("--provider", "huawei", "--endpoint", "http://127.0.0.1:8080", "--server", "s-1",
            "--name", "checkout", "--allow-changes"),
            options("huawei", null, URI.create("http://127.0.0.1:8080"), "s-1", "checkout", true)),
        new Valid(List.of("--help"), new QuickstartOptions(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), false, true)),
        new Valid(List.of("-h", "--provider", "huawei"), new QuickstartOptions(Optional.of("huawei"),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true)));
  }

  static List<Invalid> invalid() {
    return List.of(
        new Invalid(List.of("--frobnicate"), "unknown option --frobnicate"),
        new Invalid(List.of("huawei"), "unknown option huawei"),
        new Invalid(List.of("--provider"), "--provider needs a value"),
        new Invalid(List.of("--provider", "--allow-changes"), "--provider needs a value"),
        new Invalid(List.of("--server", ""), "--server needs a value"),
        new Invalid(List.of("--provider", "aws"), "--provider must be huawei or alibaba, not aws"),
        new Invalid(List.of("--provider", "huawei", "--endpoint", "cph.example.com"),
            "--endpoint must be an http(s) URL"),
        new Invalid(List.of("--name"), "--name needs a value"),
        new Invalid(List.of("--allow-changes"), "need --provider"),
        new Invalid(List.of("--endpoint", "http://127.0.0.1:8080"), "need --provider"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void parse_validArguments_giveTheirOptions(Valid c) {
    assertThat(QuickstartOptions.parse(c.args().toArray(String[]::new))).isEqualTo(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void parse_invalidArguments_throwNamingTheOption(Invalid c) {
    assertThatThrownBy(() -> QuickstartOptions.parse(c.args().toArray(String[]::new)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void run_invalidArguments_exit2WithTheMessageAndUsageOnStderr(Invalid c) {
    Console console = new Console();

    int code = new Quickstart(Map.of(), console.out, console.err).run(c.args().toArray(String[]::new));

    assertThat(code).isEqualTo(Quickstart.USAGE);
    assertThat(console.err()).startsWith("error: ").contains(c.message()).contains(QuickstartOptions.USAGE);
    assertThat(console.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helpArguments")
  void run_help_exit0WithUsageOnStdoutAndNothingElse(List<String> args) {
    Console console = new Console();

    int code = new Quickstart(Map.of(), console.out, console.err).run(args.toArray(String[]::new));

    assertThat(code).isEqualTo(Quickstart.OK);
    assertThat(console.out()).isEqualTo(QuickstartOptions.USAGE + System.lineSeparator());
    assertThat(console.err()).isEmpty();
  }

  static List<List<String>> helpArguments() {
    return List.of(List.of("--help"), List.of("-h"), List.of("--provider", "huawei", "--help"));
  }

  private static QuickstartOptions options(String provider, String region, URI endpoint, String server,
      String name, boolean allowChanges) {
    return new QuickstartOptions(Optional.ofNullable(provider), Optional.ofNullable(region),
        Optional.ofNullable(endpoint), Optional.ofNullable(server), Optional.ofNullable(name), allowChanges, false);
  }
}
