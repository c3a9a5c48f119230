package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one endpoint check every provider setting passes: https, or plain HTTP only to a literal loopback. */
class EndpointsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "https://cph.cn-east-3.myhuaweicloud.com",
      "https://eds-aic.cn-shanghai.aliyuncs.com/",
      "HTTPS://Proxy.Example.Com:8443",
      "http://127.0.0.1:8080",
      "http://127.255.255.254",
      "http://127.1.2.3:1/",
      "http://localhost:9000",
      "http://LOCALHOST",
      "http://[::1]:8080",
      "http://[0:0:0:0:0:0:0:1]",
  })
  void check_acceptedEndpoint_returnsIt(String endpoint) {
    URI uri = URI.create(endpoint);

    assertThat(Endpoints.check(uri, false, "endpointOverride")).isSameAs(uri);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "http://127.attacker.example        | plain HTTP",
      "http://127.0.0.1.nip.io            | plain HTTP",
      "http://localhost.evil.com          | plain HTTP",
      "http://127.0.0.256                 | no host",
      "http://127.0.1                     | no host",
      "http://0127.0.0.1                  | plain HTTP",
      "http://10.0.0.1:8080               | plain HTTP",
      "http://iam.example.test            | plain HTTP",
      "http://[::2]                       | plain HTTP",
      "ftp://host.example                 | scheme",
      "ws://localhost                     | scheme",
      "host.example:443                   | scheme",
      "/relative/path                     | scheme",
      "https://host.example/some/path     | path",
      "https://host.example//             | path",
      "https://host.example/?a=b          | query",
      "https://host.example?              | query",
      "https://host.example#frag          | fragment",
      "https://user@host.example          | user info",
      "https:///nohost                    | no host",
      "https://under_score.example        | no host",
  })
  void check_refusedEndpoint_namesSettingAndReason(String endpoint, String reason) {
    assertThatThrownBy(() -> Endpoints.check(URI.create(endpoint), false, "iamEndpointOverride"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("iamEndpointOverride ")
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://127.attacker.example", "http://iam.example.test:8080", "http://10.0.0.1"})
  void check_plainHttpOptedIn_accepted(String endpoint) {
    URI uri = URI.create(endpoint);

    assertThat(Endpoints.check(uri, true, "endpointOverride")).isSameAs(uri);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ftp://host.example", "http://h.example/path", "https://u@h.example"})
  void check_plainHttpOptedIn_stillRefusesOtherFaults(String endpoint) {
    assertThatThrownBy(() -> Endpoints.check(URI.create(endpoint), true, "endpointOverride"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "https://admin:hunter2@host.example",
      "http://admin:hunter2@host.example",
      "ftp://admin:hunter2@host.example",
      "https://admin:hunter2@host.example/path?q=hunter2",
  })
  void check_userInfo_neverEchoed(String endpoint) {
    assertThatThrownBy(() -> Endpoints.check(URI.create(endpoint), false, "endpointOverride"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("hunter2").doesNotContain("admin");
  }

  @org.junit.jupiter.api.Test
  void check_null_namesSetting() {
    assertThatThrownBy(() -> Endpoints.check(null, false, "endpointOverride"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endpointOverride must not be null");
  }
}
