package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.AlibabaSignatureVersion;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.huawei.IamPasswordCredentials;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.testkit.internal.LogRedaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fakes' request log keeps query, headers and body for tests to assert on, but never a signature, a token or
 * a password, whichever position they travelled in.
 */
class RequestLogRedactionTest {
  private static final String STS_TOKEN = "CAIS-sts-token-value-0123456789";

  @Test
  void alibabaV1_signatureAndSecurityTokenInQuery_redacted() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      AccessKeyCredentials keys = fake.credentials();
      fake.clientBuilder().signatureVersion(AlibabaSignatureVersion.V1_HMAC_SHA1)
          .credentialsProvider(StaticCredentialsProvider.of(AccessKeyCredentials.temporary(keys.accessKeyId(),
              keys.secretAccessKey(), STS_TOKEN)))
          .build().describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build());

      LoggedRequest logged = fake.requestLog().requests().get(0);
      assertThat(logged.query()).containsEntry("Signature", "***").containsEntry("SecurityToken", "***")
          .containsEntry("AccessKeyId", keys.accessKeyId()).containsEntry("Action", "DescribeAndroidInstances");
      assertNoSecret(fake.requestLog().requests(), STS_TOKEN, keys.secretAccessKey());
    }
  }

  @Test
  void alibabaAcs3Default_authorizationAndTokenHeaders_redacted() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      AccessKeyCredentials keys = fake.credentials();
      fake.clientBuilder().credentialsProvider(StaticCredentialsProvider.of(
              AccessKeyCredentials.temporary(keys.accessKeyId(), keys.secretAccessKey(), STS_TOKEN)))
          .build().describeAndroidInstances(DescribeAndroidInstancesRequest.builder().maxResults(5).build());

      LoggedRequest logged = fake.requestLog().requests().get(0);
      assertThat(logged.headers()).containsEntry("authorization", "***")
          .containsEntry("x-acs-security-token", "***")
          .containsEntry("x-acs-action", "DescribeAndroidInstances");
      assertThat(logged.query()).containsEntry("MaxResults", "5").doesNotContainKeys("Signature", "SecurityToken");
      assertNoSecret(fake.requestLog().requests(), STS_TOKEN, keys.secretAccessKey());
    }
  }

  @Test
  void huaweiIamPassword_passwordInBodyAndTokenHeader_redacted() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start()) {
      fake.clientBuilder().credentialsProvider(fake.iamPassword()).build()
          .listCloudPhones(ListCloudPhonesRequest.builder().build());

      List<LoggedRequest> logged = fake.requestLog().requests();
      assertThat(logged).extracting(LoggedRequest::operation)
          .containsExactly("KeystoneCreateUserTokenByPassword", "ListCloudPhones");
      assertThat(logged.get(0).body()).contains("\"password\":\"***\"").contains("\"methods\":[\"password\"]");
      assertThat(logged.get(1).headers()).containsEntry("x-auth-token", "***");
      String password = ((IamPasswordCredentials) fake.iamPassword().resolveCredentials()).password();
      assertNoSecret(logged, password);
    }
  }

  @Test
  void huaweiTemporaryAkSk_authorizationAndSecurityToken_redacted() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start()) {
      AccessKeyCredentials keys = fake.credentials();
      fake.clientBuilder().credentialsProvider(HuaweiCredentials.temporaryAccessKey(keys.accessKeyId(),
              keys.secretAccessKey(), STS_TOKEN))
          .build().listCloudPhones(ListCloudPhonesRequest.builder().build());

      LoggedRequest logged = fake.requestLog().requests().get(0);
      assertThat(logged.headers()).containsEntry("authorization", "***");
      assertThat(logged.headers().get("x-security-token")).isIn(null, "***");
      assertNoSecret(fake.requestLog().requests(), STS_TOKEN, keys.secretAccessKey());
    }
  }

  @Test
  void body_formAndNestedJsonSecrets_redacted() {
    assertThat(LogRedaction.body("application/x-www-form-urlencoded",
        "NodeIds.1=cpn-1&Signature=abc%3D&SecurityToken=tok&Password=pw".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("NodeIds.1=cpn-1&Signature=***&SecurityToken=***&Password=***");
    assertThat(LogRedaction.body("application/json",
        "{\"a\":[{\"user\":{\"name\":\"n\",\"password\":\"pw\"}}],\"security_token\":\"t\"}"
            .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"a\":[{\"user\":{\"name\":\"n\",\"password\":\"***\"}}],\"security_token\":\"***\"}");
    assertThat(LogRedaction.body("text/plain", "password=pw not json".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("(20 bytes)");
  }

  private static void assertNoSecret(List<LoggedRequest> logged, String... secrets) {
    for (LoggedRequest request : logged) {
      String everything = request + " " + request.query() + " " + request.headers() + " " + request.body();
      for (String secret : secrets) {
        assertThat(everything).as("log of " + request.operation()).doesNotContain(secret);
      }
      assertThat(request.headers().getOrDefault("authorization", "***")).isEqualTo("***");
    }
  }
}
