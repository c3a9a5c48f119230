package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServerFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which connection an environment gives: a table of environments and the provider, mode and description. */
class ConnectionsTest {
  private static final Map<String, String> HUAWEI = Map.of("HUAWEICLOUD_SDK_AK", "AKID",
      "HUAWEICLOUD_SDK_SK", "hw-secret", "HUAWEICLOUD_SDK_REGION", "cn-east-3", "HUAWEICLOUD_SDK_PROJECT_ID", "p1");
  private static final Map<String, String> ALIBABA = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI",
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ali-secret", "ALIBABA_CLOUD_REGION_ID", "cn-shanghai");

  /**
   * An environment and the connection it should give.
   *
   * @param label what the row is about
   * @param env the environment
   * @param provider the expected provider
   * @param description the expected description
   * @param changesAllowed whether changes should be allowed
   */
  record Case(String label, Map<String, String> env, Provider provider, String description,
      boolean changesAllowed) {
    @Override
    public String toString() {
      return label;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("nothing set: the embedded Huawei fake", Map.of(), Provider.HUAWEI,
            "Huawei CPH: embedded fake at http://127.0.0.1:", true),
        new Case("Huawei credentials: Huawei, read-only", HUAWEI, Provider.HUAWEI, "Huawei CPH in cn-east-3",
            false),
        new Case("Alibaba credentials and changes allowed", plus(ALIBABA, "CLOUDPHONE_ALLOW_CHANGES", "yes"),
            Provider.ALIBABA, "Alibaba Cloud Phone in cn-shanghai", true),
        new Case("both, CLOUDPHONE_PROVIDER chooses Alibaba", plus(both(), "CLOUDPHONE_PROVIDER", "alibaba"),
            Provider.ALIBABA, "Alibaba Cloud Phone in cn-shanghai", false),
        new Case("credentials, but CLOUDPHONE_PROVIDER=fake", plus(HUAWEI, "CLOUDPHONE_PROVIDER", "fake"),
            Provider.HUAWEI, "Huawei CPH: embedded fake", true),
        new Case("endpoint override", plus(HUAWEI, "CLOUDPHONE_ENDPOINT", "http://127.0.0.1:9"),
            Provider.HUAWEI, "Huawei CPH in cn-east-3 at http://127.0.0.1:9", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fromEnvironment_givesTheConnectionTheEnvironmentAsksFor(Case c) {
    try (Connection connection = Connections.fromEnvironment(c.env())) {
      assertThat(connection.client().provider()).isEqualTo(c.provider());
      assertThat(connection.description()).startsWith(c.description()).doesNotContain("secret");
      assertThat(connection.changesAllowed()).isEqualTo(c.changesAllowed());
      assertThat(connection.fakes().isPresent()).isEqualTo(c.description().contains("fake"));
    }
  }

  @Test
  void close_closesTheClient_laterCallsRefused() {
    Connection connection = Connections.fromEnvironment(Map.of());
    CloudPhoneClient client = connection.client();
    connection.close();
    assertThatThrownBy(() -> client.servers().list(ServerFilter.all()).iterator().next())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void fromEnvironment_bothProvidersWithoutAChoice_asksForCloudphoneProvider() {
    assertThatThrownBy(() -> Connections.fromEnvironment(both()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("CLOUDPHONE_PROVIDER=huawei");
  }

  @Test
  void fromEnvironment_unknownProviderOrBadEndpoint_isAConfigurationError() {
    assertThatThrownBy(() -> Connections.fromEnvironment(Map.of("CLOUDPHONE_PROVIDER", "aws")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown provider aws");
    assertThatThrownBy(() -> Connections.fromEnvironment(plus(HUAWEI, "CLOUDPHONE_ENDPOINT", "cph.example.com")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("http(s) URL");
  }

  @Test
  void cloudConnect_printsOneLine_returnsTheSameClientUntilClosed() {
    Console console = new Console();
    try {
      var first = Cloud.connect(Map.of(), console.out);
      var second = Cloud.connect(Map.of(), console.out);

      assertThat(second).isSameAs(first);
      assertThat(console.out()).startsWith("Connected to Huawei CPH: embedded fake at http://127.0.0.1:")
          .hasLineCount(1);
      assertThat(Cloud.changesAllowed()).isTrue();
    } finally {
      Cloud.close();
    }
    assertThat(Cloud.connection()).isEmpty();
  }

  private static Map<String, String> both() {
    Map<String, String> env = new java.util.HashMap<>(HUAWEI);
    env.putAll(ALIBABA);
    return Map.copyOf(env);
  }

  private static Map<String, String> plus(Map<String, String> env, String name, String value) {
    Map<String, String> out = new java.util.HashMap<>(env);
    out.put(name, value);
    return Map.copyOf(out);
  }
}
