package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.testkit.CloudPhoneFake;
import io.cloudphone.testkit.FakeAlibabaCloudPhone;
import io.cloudphone.testkit.FakeHuaweiCph;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.FaultPlan;
import io.cloudphone.testkit.Fleet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --provider} runs: a fake stands in for the real service through {@code --endpoint}, with its credentials
 * passed as the environment the quickstart reads; the fake's request log shows what reached the "service".
 */
@Timeout(60)
class QuickstartAgainstServiceTest {
  /** One provider: how to start its fake, the environment pointing at it, and its operation names. */
  record Target(String name, String displayName, Function<Fleet, CloudPhoneFake<?>> starter,
      Function<CloudPhoneFake<?>, Map<String, String>> env, String secretVariable, String restart,
      String listPhones) {
    @Override
    public String toString() {
      return name;
    }

    CloudPhoneFake<?> start(Fleet fleet) {
      return starter.apply(fleet);
    }
  }

  static final Target HUAWEI = new Target("huawei", "Huawei CPH",
      fleet -> FakeHuaweiCph.start(fleet, FaultPlan.none(), FakeTime.virtual()),
      fake -> Map.of("HUAWEICLOUD_SDK_AK", fake.credentials().accessKeyId(),
          "HUAWEICLOUD_SDK_SK", fake.credentials().secretAccessKey(),
          "HUAWEICLOUD_SDK_REGION", ((FakeHuaweiCph) fake).region(),
          "HUAWEICLOUD_SDK_PROJECT_ID", ((FakeHuaweiCph) fake).projectId()),
      "HUAWEICLOUD_SDK_SK", "RestartCloudPhone", "ListCloudPhones");

  static final Target ALIBABA = new Target("alibaba", "Alibaba Cloud Phone",
      fleet -> FakeAlibabaCloudPhone.start(fleet, FaultPlan.none(), FakeTime.virtual()),
      fake -> Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", fake.credentials().accessKeyId(),
          "ALIBABA_CLOUD_ACCESS_KEY_SECRET", fake.credentials().secretAccessKey(),
          "ALIBABA_CLOUD_REGION_ID", FakeAlibabaCloudPhone.REGION_ID),
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "RebootAndroidInstancesInGroup", "DescribeAndroidInstances");

  /** The demo fleet; the quickstart's client shares the fake's virtual clock, so its waits take no real time. */
  private static final Fleet FLEET = DemoFakes.FLEET;

  static List<Target> targets() {
    return List.of(HUAWEI, ALIBABA);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void run_withoutAllowChanges_onlyListsAndSaysWhatItWouldRestart(Target target) {
    try (CloudPhoneFake<?> fake = target.start(FLEET)) {
      Console console = new Console();
      String secret = fake.credentials().secretAccessKey();

      int code = new Quickstart(target.env().apply(fake), console.out, console.err, fake.time().clock())
          .run("--provider", target.name(), "--endpoint", fake.endpoint().toString());

      assertThat(code).as(console.err()).isZero();
      assertThat(console.out())
          .contains("== " + target.displayName() + " in ")
          .contains(" at " + fake.endpoint() + ", read-only ==")
          .contains("To restart: 7 running phone(s) on server " + fake.serverIds().get(0))
          .contains("Read-only: nothing was restarted. Run again with --allow-changes")
          .doesNotContain("restart phones");
      assertThat(fake.requestLog().count(target.restart())).as("restart requests").isZero();
      assertThat(fake.requestLog().count(target.listPhones())).isPositive();
      assertThat(console.all()).doesNotContain(secret);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void run_allowChanges_restartsTheChosenServersMatchingPhones(Target target) {
    try (CloudPhoneFake<?> fake = target.start(FLEET)) {
      Console console = new Console();
      String server = fake.serverIds().get(1);

      int code = new Quickstart(target.env().apply(fake), console.out, console.err, fake.time().clock())
          .run("--provider", target.name(), "--endpoint", fake.endpoint().toString(), "--server", server,
              "--name", "-02-0", "--allow-changes");

      assertThat(code).as(console.err()).isZero();
      assertThat(console.out()).contains("To restart: 7 running phone(s) on server " + server)
          .contains("restart phones: 7 succeeded, 0 failed");
      assertThat(fake.requestLog().count(target.restart())).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void run_wrongSecret_exit1WithTheServiceErrorAndNoSecret(Target target) {
    try (CloudPhoneFake<?> fake = target.start(FLEET)) {
      Map<String, String> env = new HashMap<>(target.env().apply(fake));
      env.put(target.secretVariable(), "wrong-secret-0123456789");
      Console console = new Console();

      int code = new Quickstart(env, console.out, console.err, fake.time().clock())
          .run("--provider", target.name(), "--endpoint", fake.endpoint().toString());

      assertThat(code).isEqualTo(Quickstart.FAILED);
      assertThat(console.err()).startsWith("error: io.cloudphone.core.AuthenticationException");
      assertThat(console.all()).doesNotContain("wrong-secret-0123456789")
          .doesNotContain(fake.credentials().secretAccessKey());
    }
  }
}
