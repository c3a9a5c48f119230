package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.internal.AlibabaSignatureVerifier;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.Backoff;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ThrottlingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The Alibaba call layer seen from the wire: signing modes, STS, fresh nonces on retry, error mapping. */
class AlibabaRuntimeTest extends AlibabaWireTest {
  private static final String THROTTLED =
      "{\"RequestId\":\"r-1\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}";

  private AlibabaCloudPhoneClient retryingClient() {
    return clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(3)
        .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build()).build();
  }

  @Test
  void reboot_v1_sendsCommonParametersAndFlattenedIds() {
    enqueueJson(200, "{\"RequestId\":\"r\"}");
    client.rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder()
        .addAndroidInstanceIds("acp-28xhjzkdd7hquv4f1", "acp-0bh4xle8ivbvhdqrl").forceStop(true).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RebootAndroidInstancesInGroup");
    assertThat(sent.query()).containsEntry("AndroidInstanceIds.1", "acp-28xhjzkdd7hquv4f1")
        .containsEntry("AndroidInstanceIds.2", "acp-0bh4xle8ivbvhdqrl")
        .containsEntry("ForceStop", "true")
        .containsEntry("Format", "json")
        .containsEntry("SignatureMethod", "HMAC-SHA1")
        .containsEntry("SignatureVersion", "1.0")
        .containsEntry("Timestamp", "2025-01-02T03:04:05Z")
        .containsEntry("SignatureNonce", "nonce-1")
        .doesNotContainKey("SecurityToken");
  }

  @Test
  void throttled_retriedWithBackoff_andAFreshNonceAndTimestampEveryAttempt() {
    enqueueJson(400, THROTTLED);
    enqueueJson(400, THROTTLED);
    enqueueJson(200, "{\"RequestId\":\"r\"}");

    retryingClient().rebootAndroidInstancesInGroup(
        RebootAndroidInstancesInGroupRequest.builder().addAndroidInstanceIds("acp-1").build());

    List<SentRpcRequest> sent = List.of(takeRequest(), takeRequest(), takeRequest());
    assertThat(sent).extracting(r -> r.param("SignatureNonce")).doesNotHaveDuplicates();
    assertThat(sent).extracting(r -> r.param("Timestamp"))
        .containsExactly("2025-01-02T03:04:05Z", "2025-01-02T03:04:06Z", "2025-01-02T03:04:08Z");
    assertThat(clock.requestedDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void throttled_withoutRetries_isTypedAndRetryable() {
    enqueueJson(400, THROTTLED);
    assertThatThrownBy(() -> client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()))
        .isInstanceOfSatisfying(ThrottlingException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.requestId()).hasValue("r-1");
        });
  }

  @Test
  void illegalTimestamp_isAuthenticationError_namingClockSkew() {
    enqueueJson(400, "{\"RequestId\":\"r\",\"Code\":\"IllegalTimestamp\",\"Message\":\"The input parameter Timestamp is not valid.\"}");
    assertThatThrownBy(() -> client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("clock");
  }

  @Test
  void stsCredentials_sendSecurityToken_andSignIt() {
    enqueueJson(200, "{\"RequestId\":\"r\"}");
    clientBuilder().credentialsProvider(AlibabaCredentials.sts(ACCESS_KEY_ID, ACCESS_KEY_SECRET, "sts-token"))
        .build().describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build());
    assertThat(takeRequest().param("SecurityToken")).isEqualTo("sts-token");
  }

  @Test
  void acs3_signsWithHeaders_andVerifies() throws Exception {
    enqueueJson(200, "{\"RequestId\":\"r\",\"InstanceModel\":[]}");
    clientBuilder().signatureVersion(AlibabaSignatureVersion.ACS3_HMAC_SHA256).build()
        .describeAndroidInstances(DescribeAndroidInstancesRequest.builder().maxResults(10).build());

    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.getHeaders().get("x-acs-action")).isEqualTo("DescribeAndroidInstances");
    assertThat(recorded.getHeaders().get("x-acs-version")).isEqualTo("2023-09-30");
    assertThat(recorded.getHeaders().get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=testid,");
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    Optional<String> failure = AlibabaSignatureVerifier.verifyAcs3(recorded.getMethod(),
        recorded.getUrl().encodedPath(), SentRpcRequest.decode(recorded.getUrl().encodedQuery()),
        recorded.getHeaders()::get, body, key -> ACCESS_KEY_ID.equals(key) ? ACCESS_KEY_SECRET : null,
        clock.instant());
    assertThat(failure).isEmpty();
    assertThat(SentRpcRequest.decode(recorded.getUrl().encodedQuery())).containsEntry("MaxResults", "10")
        .doesNotContainKey("Signature");
    assertThat(new String(body, StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void unknownRegionWithoutOverride_isRejectedAtBuild() {
    assertThatThrownBy(() -> AlibabaCloudPhoneClient.builder().regionId("mars-1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mars-1");
  }
}
