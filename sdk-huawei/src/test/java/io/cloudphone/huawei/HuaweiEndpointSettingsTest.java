package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every endpoint a Huawei client talks to (CPH, and IAM for tokens and project discovery) passes the same check
 * at build(): https, or plain HTTP only to a literal loopback host unless allowPlainHttp(true).
 */
class HuaweiEndpointSettingsTest {

  private static HuaweiCphClientBuilder builder() {
    return HuaweiCphClient.builder().region("cn-east-3").projectId("p1")
        .credentialsProvider(HuaweiCredentials.iamPassword("domain", "user", "secret-password"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "http://127.attacker.example         | plain HTTP",
      "http://127.0.0.1.nip.io             | plain HTTP",
      "http://localhost.evil.com           | plain HTTP",
      "ftp://cph.example                   | scheme",
      "https://cph.example/v1              | path",
      "https://cph.example?x=1             | query",
      "https://user:pw@cph.example         | user info",
  })
  void build_badEndpointOverride_refusedNamingSetting(String endpoint, String reason) {
    assertThatThrownBy(() -> builder().endpointOverride(URI.create(endpoint)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("endpointOverride ")
        .hasMessageContaining(reason)
        .message().doesNotContain("pw@");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "http://iam.example.test             | plain HTTP",
      "http://127.attacker.example         | plain HTTP",
      "ftp://iam.example                   | scheme",
      "https://iam.example/v3              | path",
      "https://iam.example#f               | fragment",
      "https://user:pw@iam.example         | user info",
  })
  void build_badIamEndpointOverride_refusedNamingSetting(String endpoint, String reason) {
    assertThatThrownBy(() -> builder().iamEndpointOverride(URI.create(endpoint)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("iamEndpointOverride ")
        .hasMessageContaining(reason)
        .message().doesNotContain("pw@");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080", "https://proxy.example"})
  void build_acceptableOverrides_build(String endpoint) {
    assertThatCode(() -> builder().endpointOverride(URI.create(endpoint))
        .iamEndpointOverride(URI.create(endpoint)).build()).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"http://iam.example.test", "http://10.1.2.3:8080"})
  void build_plainHttpOptedIn_builds(String endpoint) {
    assertThatCode(() -> builder().allowPlainHttp(true).endpointOverride(URI.create(endpoint))
        .iamEndpointOverride(URI.create(endpoint)).build()).doesNotThrowAnyException();
  }
}
