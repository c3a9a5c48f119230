package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The quickstart end to end against the embedded fakes, on virtual time (see the module's surefire settings). */
@Timeout(60)
class QuickstartTest {
  private static final Pattern HEADER = Pattern.compile(
      "== (Huawei CPH|Alibaba Cloud Phone): embedded fake at http://127\\.0\\.0\\.1:(\\d+) \\(3 servers x 8 phones,"
          + " jobs take 1500 ms of virtual time\\) ==");

  @Test
  void run_noOptions_restartsTheRunningPhonesOfTheFirstServerOnBothFakes_oneFails() throws IOException {
    Console console = new Console();

    int code = new Quickstart(Map.of(), console.out, console.err).run();

    String out = console.out();
    assertThat(code).as(console.err()).isZero();
    assertThat(console.err()).isEmpty();
    assertThat(headers(out)).containsExactly("Huawei CPH", "Alibaba Cloud Phone");
    assertThat(count(out, "To restart: 7 running phone(s) on server ")).isEqualTo(2);
    // Output to a pipe, not a terminal: plain progress lines, no \r-joined frames.
    assertThat(Pattern.compile("(?m)^restart phones \\[#{30}] 7/7 ok 6 failed 1 in flight 0 [0-9.]+/s done$")
        .matcher(out).results().count()).as("final progress lines").isEqualTo(2);
    assertThat(out).doesNotContain("\r");
    assertThat(count(out, "restart phones: 6 succeeded, 1 failed\n")).isEqualTo(2);
    assertThat(out).containsPattern("demo-phone-01-03 +FAILED +FAILED \\(-1\\) +FAILED \\(-6\\) +"
        + "CPS\\.0054: Handle job timeout\\.\n");
    // Alibaba's reboot names each instance's own task, so the job status is that task's.
    assertThat(out).containsPattern("acp-fake001003 +demo-phone-01-03 +FAILED +FAILED \\(Failed\\) +"
        + "FAILED \\(UNAVAILABLE\\) +InstanceOperation\\.Failed: RebootInstance failed on the instance "
        + "\\(injected by the fault plan\\)\\.\n");
    assertThat(out).containsPattern("acp-fake001001 +demo-phone-01-01 +SUCCEEDED +SUCCEEDED \\(Finished\\) +"
        + "RUNNING \\(RUNNING\\) +-\n");
    assertThat(out).doesNotContain("demo-phone-01-06 +SUCCEEDED").doesNotContain("demo-phone-02-01  SUCCEEDED");
    for (int port : ports(out)) {
      assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
          .as("the fake on port %d is closed", port).isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void run_noOptions_tablesShowPhonesPerServerAndEachPhonesServer_forBothProviders() {
    Console console = new Console();

    int code = new Quickstart(Map.of(), console.out, console.err).run();

    String out = console.out();
    assertThat(code).as(console.err()).isZero();
    // Huawei's server listing has no phone count and Alibaba's instance listing no node id: both are counted
    // from each server's phones, 8 on each demo server.
    assertThat(count(out, Pattern.compile("(?m)^[0-9a-f]{32} +demo-server-0[1-3] +\\S+ \\(\\S+\\) +8$")))
        .as("Huawei servers with 8 phones").isEqualTo(3);
    assertThat(count(out, Pattern.compile("(?m)^cpn-fake\\d+ +demo-server-0[1-3] +\\S+ \\(\\S+\\) +8$")))
        .as("Alibaba nodes with 8 phones").isEqualTo(3);
    assertThat(count(out, Pattern.compile("(?m)^[0-9a-f]{32} +demo-phone-0(\\d)-\\d\\d +\\S+ \\(\\S+\\) +[0-9a-f]{32}$")))
        .as("Huawei phones with their server").isEqualTo(10);
    assertThat(count(out, Pattern.compile("(?m)^acp-fake00(\\d)\\d+ +demo-phone-0\\1-\\d\\d +\\S+ \\(\\S+\\) +cpn-fake0+\\1$")))
        .as("Alibaba phones with the node they are on").isEqualTo(10);
  }

  @Test
  void run_nameFilter_restartsOnlyTheMatchingRunningPhones() {
    Console console = new Console();

    int code = new Quickstart(Map.of(), console.out, console.err).run("--name", "PHONE-01-07");

    assertThat(code).as(console.err()).isZero();
    assertThat(count(console.out(), "To restart: 1 running phone(s) on server ")).isEqualTo(2);
    assertThat(console.out()).contains("named like \"PHONE-01-07\"");
    assertThat(count(console.out(), "restart phones: 1 succeeded, 0 failed\n")).isEqualTo(2);
  }

  @Test
  void run_serverWithoutRunningPhones_saysSoAndRestartsNothing() {
    Console console = new Console();

    int code = new Quickstart(Map.of(), console.out, console.err).run("--server", "no-such-server");

    assertThat(code).as(console.err()).isZero();
    assertThat(count(console.out(), "Nothing to restart: no running phone(s) on server no-such-server"))
        .isEqualTo(2);
    assertThat(console.out()).doesNotContain("restart phones");
  }

  private static List<String> headers(String out) {
    return HEADER.matcher(out).results().map(m -> m.group(1)).toList();
  }

  private static List<Integer> ports(String out) {
    return HEADER.matcher(out).results().map(m -> Integer.parseInt(m.group(2))).toList();
  }

  private static long count(String text, Pattern pattern) {
    return pattern.matcher(text).results().count();
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
