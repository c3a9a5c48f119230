package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Alibaba endpoint passes the SDK's one endpoint check at build(), the same as Huawei's. */
class AlibabaEndpointSettingsTest {

  private static AlibabaCloudPhoneClientBuilder builder() {
    return AlibabaCloudPhoneClient.builder().regionId("cn-shanghai")
        .credentialsProvider(AlibabaCredentials.sts("ak", "secret", "token"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "http://127.attacker.example         | plain HTTP",
      "http://127.0.0.1.nip.io             | plain HTTP",
      "http://localhost.evil.com           | plain HTTP",
      "ftp://host.example                  | scheme",
      "https://host.example/some/path      | path",
      "https://host.example/?Action=x      | query",
      "https://host.example#f              | fragment",
      "https://user:pw@host.example        | user info",
  })
  void build_badEndpointOverride_refusedNamingSetting(String endpoint, String reason) {
    assertThatThrownBy(() -> builder().endpointOverride(URI.create(endpoint)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("endpointOverride ")
        .hasMessageContaining(reason)
        .message().doesNotContain("pw@");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"http://127.0.0.1:8080", "http://localhost:8080/", "http://[::1]:8080", "https://proxy.example"})
  void build_acceptableOverride_builds(String endpoint) {
    assertThatCode(() -> builder().endpointOverride(URI.create(endpoint)).build()).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"http://eds-aic.internal.example", "http://10.1.2.3:8080"})
  void build_plainHttpOptedIn_builds(String endpoint) {
    assertThatCode(() -> builder().allowPlainHttp(true).endpointOverride(URI.create(endpoint)).build())
        .doesNotThrowAnyException();
  }
}
