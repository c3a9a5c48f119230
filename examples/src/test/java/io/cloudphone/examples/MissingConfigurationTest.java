package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --provider} without the credentials or region it needs: exit 2, naming the variables, printing no value. */
class MissingConfigurationTest {
  private static final String SECRET = "do-not-print-me-0123456789";

  /**
   * A provider's incomplete environment and the variable names the message must give.
   *
   * @param provider the --provider value
   * @param env the environment the quickstart sees
   * @param named the variables the error must name
   */
  record Case(String provider, Map<String, String> env, List<String> named) {
    @Override
    public String toString() {
      return provider + " with " + env.keySet();
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("huawei", Map.of(), List.of("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK",
            "HUAWEICLOUD_SDK_SECURITY_TOKEN")),
        new Case("huawei", Map.of("HUAWEICLOUD_SDK_SK", SECRET, "HUAWEICLOUD_SDK_REGION", "cn-east-3"),
            List.of("missing: HUAWEICLOUD_SDK_AK")),
        new Case("huawei", Map.of("HUAWEICLOUD_SDK_AK", "AKID", "HUAWEICLOUD_SDK_SK", SECRET),
            List.of("HUAWEICLOUD_SDK_REGION", "--region")),
        new Case("huawei", Map.of("HUAWEICLOUD_SDK_AK", "AKID", "HUAWEICLOUD_SDK_SK", SECRET,
            "HUAWEICLOUD_SDK_REGION", "mars-north-1"), List.of("region mars-north-1 has no known CPH endpoint")),
        new Case("alibaba", Map.of("HUAWEICLOUD_SDK_AK", "AKID", "HUAWEICLOUD_SDK_SK", SECRET),
            List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN")),
        new Case("alibaba", Map.of("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET),
            List.of("missing: ALIBABA_CLOUD_ACCESS_KEY_ID")),
        new Case("alibaba", Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
            "ALIBABA_CLOUD_REGION_ID", " "), List.of("ALIBABA_CLOUD_REGION_ID", "--region")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void run_incompleteEnvironment_exit2NamingTheVariables(Case c) {
    Console console = new Console();

    int code = new Quickstart(c.env(), console.out, console.err).run("--provider", c.provider());

    assertThat(code).isEqualTo(Quickstart.USAGE);
    assertThat(console.err()).startsWith("error: ");
    c.named().forEach(name -> assertThat(console.err()).contains(name));
    assertThat(console.all()).doesNotContain(SECRET);
    assertThat(console.out()).isEmpty();
  }
}
