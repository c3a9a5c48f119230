package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudphone.testkit.FakeHuaweiCph;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.FaultPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JShell scripts run through the JDK's own {@code jshell}, as {@code jshell.sh} runs them, with this test's
 * class path and the demo fakes on virtual time. Skipped only when the JDK has no jshell.
 */
@Timeout(180)
class JShellScriptsTest {
  private static final Path JSHELL = Path.of(System.getProperty("java.home"), "bin", "jshell");
  private static final Path SCRIPTS = Path.of("jshell");

  /** What a jshell run printed (standard output and error together) and its exit code. */
  record Run(int exitCode, String output) {}

  @BeforeAll
  static void jshellPresent() {
    assumeTrue(Files.isExecutable(JSHELL), "no jshell in " + JSHELL.getParent());
  }

  @Test
  void bulkRestart_onTheEmbeddedFake_restartsWithAProgressBar_printsResults_exits0() throws Exception {
    Run run = jshell(Map.of(), "", "bulk-restart.jsh");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("Connected to Huawei CPH: embedded fake at http://127.0.0.1:")
        .contains("7 running phone(s) on server ")
        // JShell's agent JVM has no terminal: plain progress lines, no \r-joined frames.
        .containsPattern("(?m)^restart phones \\[#{30}] 7/7 ok 6 failed 1 in flight 0 [0-9.]+/s done$")
        .doesNotContain("\r")
        .contains("restart phones: 6 succeeded, 1 failed\n")
        .containsPattern("demo-phone-01-03 +FAILED +FAILED \\(-1\\) +FAILED \\(-6\\) +"
            + "CPS\\.0054: Handle job timeout\\.")
        .doesNotContain("Exception");
  }

  @Test
  void bulkRestart_onARealAccountWithoutAllowChanges_onlyLists() throws Exception {
    try (FakeHuaweiCph service = FakeHuaweiCph.start(DemoFakes.FLEET, FaultPlan.none(), FakeTime.virtual())) {
      Map<String, String> env = Map.of("HUAWEICLOUD_SDK_AK", service.credentials().accessKeyId(),
          "HUAWEICLOUD_SDK_SK", service.credentials().secretAccessKey(),
          "HUAWEICLOUD_SDK_REGION", service.region(), "HUAWEICLOUD_SDK_PROJECT_ID", service.projectId(),
          "CLOUDPHONE_ENDPOINT", service.endpoint().toString());

      Run run = jshell(env, "", "bulk-restart.jsh");

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output())
          .contains("Connected to Huawei CPH in cn-east-3 at " + service.endpoint() + " (read-only")
          .contains("7 running phone(s) on server " + service.serverIds().get(0))
          .contains("Read-only: nothing was restarted (set CLOUDPHONE_ALLOW_CHANGES=yes")
          .doesNotContain(service.credentials().secretAccessKey());
      assertThat(service.requestLog().count("RestartCloudPhone")).isZero();
      assertThat(service.requestLog().count("ListCloudPhones")).isPositive();
    }
  }

  @Test
  void cloudJsh_interactive_givesAReadyCloudAndHints() throws Exception {
    String typed = "Tables.phones(cloud.phones().list(PhoneFilter.all()).stream().limit(3).toList())\n"
        + "fleet == null\n/exit\n";

    Run run = jshell(Map.of(), typed);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("`cloud` is ready. Try:")
        .containsPattern("demo-phone-01-03 +RUNNING \\(2\\)")
        .containsPattern("\\$\\d+ ==> true")
        .doesNotContain("`fleet` is ready:");
  }

  @Test
  void cloudJsh_withAFleetFile_bindsFleetNextToCloud() throws Exception {
    try (FakeHuaweiCph east = FakeHuaweiCph.start(DemoFakes.FLEET, FaultPlan.none(), FakeTime.virtual());
        FakeHuaweiCph north = FakeHuaweiCph.start(DemoFakes.FLEET, FaultPlan.none(), FakeTime.virtual())) {
      Path file = Files.createTempFile("fleet", ".properties");
      try {
        Files.writeString(file, member("huawei-east", "EAST", east) + member("huawei-north", "NORTH", north));
        Map<String, String> env = Map.of("CLOUDPHONE_FLEET", file.toString(),
            "EAST_ACCESS_KEY_ID", east.credentials().accessKeyId(),
            "EAST_ACCESS_KEY_SECRET", east.credentials().secretAccessKey(),
            "NORTH_ACCESS_KEY_ID", north.credentials().accessKeyId(),
            "NORTH_ACCESS_KEY_SECRET", north.credentials().secretAccessKey());
        // cloud stays on the embedded fake (same demo fleet), so the fleet lists twice its phones.
        String typed = "fleet.phones().list(PhoneFilter.all()).stream().count() == "
            + "2 * cloud.phones().list(PhoneFilter.all()).stream().count()\n/exit\n";

        Run run = jshell(env, typed);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("`fleet` is ready: huawei-east, huawei-north")
            .containsPattern("\\$\\d+ ==> true")
            .doesNotContain(east.credentials().secretAccessKey())
            .doesNotContain("Exception");
        assertThat(east.requestLog().count("ListCloudPhones")).isPositive();
        assertThat(north.requestLog().count("ListCloudPhones")).isPositive();
      } finally {
        Files.delete(file);
      }
    }
  }

  private static String member(String name, String prefix, FakeHuaweiCph service) {
    String key = "member." + name + ".";
    return key + "provider=huawei\n" + key + "region=" + service.region() + "\n" + key + "endpoint="
        + service.endpoint() + "\n" + key + "credentials=env:" + prefix + "\n" + key + "projectId="
        + service.projectId() + "\n";
  }

  /** Runs jshell with cloud.jsh and then {@code scripts}, typing {@code stdin}, in a clean environment plus env. */
  private static Run jshell(Map<String, String> env, String stdin, String... scripts)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JSHELL.toString(),
        "--class-path", System.getProperty("java.class.path"),
        "-R-D" + DemoFakes.TIME_PROPERTY + "=virtual",
        // Both JVMs (jshell's and the one it runs snippets in) live seconds: the quick JIT and the small GC do.
        "-J-XX:TieredStopAtLevel=1", "-R-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-R-XX:+UseSerialGC",
        "--startup", "DEFAULT", SCRIPTS.resolve("cloud.jsh").toString()));
    for (String script : scripts) {
      command.add(SCRIPTS.resolve(script).toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("HUAWEICLOUD_")
        || name.startsWith("ALIBABA_CLOUD_") || name.startsWith("CLOUDPHONE_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("jshell did not exit:\n" + output);
    }
    return new Run(process.exitValue(), output);
  }
}
