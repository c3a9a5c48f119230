package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When IAM itself refuses a password-token request, the message says so: the user name, password or domain is
 * wrong or the user may not sign in. It must not send the user after access keys or the clock, which password
 * tokens do not use.
 */
class IamPasswordRefusedTest {
  /** IAM's answer to a wrong password: HTTP 401 with the {@code error} object. */
  private static final String IAM_401 = "{\"error\":{\"code\":\"1101\",\"message\":\"The username or password is"
      + " wrong.\",\"title\":\"Unauthorized\"}}";

  private MockWebServer iam;

  @BeforeEach
  void start() throws IOException {
    iam = new MockWebServer();
    iam.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    iam.close();
  }

  private HuaweiCphClient client() {
    return HuaweiCphClient.builder().region("cn-east-3").projectId("proj-1")
        .endpointOverride(URI.create("http://127.0.0.1:" + iam.getPort()))
        .clock(ManualClock.startingAt(Instant.parse("2024-01-02T03:04:05Z"))).retryPolicy(RetryPolicy.none())
        .credentialsProvider(HuaweiCredentials.iamPassword("my-account", "ops-user", "wr0ng-Passw0rd")).build();
  }

  private void iamRefuses() {
    iam.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "iam-req-1").body(IAM_401).build());
  }

  @Test
  void passwordToken_iamAnswers401_messageBlamesPasswordCredentialsNotKeysOrClock() throws Exception {
    iamRefuses();

    assertThatThrownBy(() -> client().listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo("1101");
          assertThat(e.getMessage())
              .contains("IAM refused the password credentials")
              .contains("user name").contains("password").contains("domain")
              .doesNotContainIgnoringCase("access key").doesNotContainIgnoringCase("clock")
              .doesNotContain("wr0ng-Passw0rd");
        });
    assertThat(iam.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/auth/tokens");
    assertThat(iam.getRequestCount()).as("nothing sent to CPH without a token").isEqualTo(1);
  }

  @Test
  void passwordToken_iamAnswers401_asyncCallFailsWithTheSameHint() {
    iamRefuses();

    assertThatThrownBy(() -> client().async().listCloudPhones(ListCloudPhonesRequest.builder().build()).join())
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("IAM refused the password credentials")
        .message().doesNotContainIgnoringCase("clock");
  }
}
