package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaSignatureVersion;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the fake's gateway refuses, and with which of Alibaba's error codes and bodies. */
class FakeAlibabaCloudPhoneGateTest {
  private static final Instant START = Instant.parse("2025-01-02T03:04:05Z");

  private FakeAlibabaCloudPhone fake;

  @BeforeEach
  void start() {
    fake = FakeAlibabaCloudPhone.start(Fleet.defaults(), FaultPlan.none(), FakeTime.manual(START));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void wrongSecret_typedClient_signatureDoesNotMatchAsAuthenticationError() {
    AlibabaCloudPhoneClient client = fake.clientBuilder().credentialsProvider(StaticCredentialsProvider.of(
        AccessKeyCredentials.of(fake.credentials().accessKeyId(), "not-the-secret"))).build();

    assertThatThrownBy(() -> client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.requestId()).isPresent();
        });
    assertThat(fake.requestLog().requests()).singleElement()
        .satisfies(r -> assertThat(r.errorCode()).contains("SignatureDoesNotMatch"));
  }

  @Test
  void wrongSecret_raw_answersAlibabasErrorBodyQuotingTheStringToSign() {
    AlibabaRawCall.Answer answer = AlibabaRawCall.of(fake, "DescribeAndroidInstances").secret("wrong").send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(answer.body().path("Message").asText()).contains("string to sign is:POST&%2F&AccessKeyId%3D");
    assertThat(answer.body().path("HostId").asText()).isEqualTo("eds-aic.cn-shanghai.aliyuncs.com");
    assertThat(answer.body().path("RequestId").asText()).isNotEmpty();
    assertThat(answer.body().path("Recommend").asText()).contains("SignatureDoesNotMatch");
  }

  @Test
  void unknownAccessKey_raw_invalidAccessKeyIdNotFound404() {
    AlibabaRawCall.Answer answer = AlibabaRawCall.of(fake, "DescribeAndroidInstances")
        .param("AccessKeyId", "LTAI-unknown").send();

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("InvalidAccessKeyId.NotFound");
  }

  @Test
  void clientClockSixteenMinutesAhead_v1AndAcs3_illegalTimestamp() {
    ManualClock skewed = ManualClock.startingAt(START.plus(Duration.ofMinutes(16)));
    AlibabaCloudPhoneClient v1 = fake.clientBuilder().clock(skewed).build();
    AlibabaCloudPhoneClient acs3 = fake.clientBuilder().clock(skewed)
        .signatureVersion(AlibabaSignatureVersion.ACS3_HMAC_SHA256).build();

    for (AlibabaCloudPhoneClient client : new AlibabaCloudPhoneClient[] {v1, acs3}) {
      assertThatThrownBy(() -> client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()))
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.errorCode()).isEqualTo("IllegalTimestamp"));
    }
  }

  @Test
  void clientClockFourteenMinutesBehind_isAccepted() {
    AlibabaCloudPhoneClient client = fake.clientBuilder()
        .clock(ManualClock.startingAt(START.minus(Duration.ofMinutes(14)))).build();

    assertThat(client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()).instanceModel())
        .hasSize(10);
  }

  @Test
  void sameNonceTwice_raw_secondIsSignatureNonceUsed() {
    AlibabaRawCall first = AlibabaRawCall.of(fake, "DescribeAndroidInstances").param("SignatureNonce", "n-1");
    AlibabaRawCall second = AlibabaRawCall.of(fake, "DescribeCloudPhoneNodes").param("SignatureNonce", "n-1");

    assertThat(first.send().status()).isEqualTo(200);
    AlibabaRawCall.Answer replay = second.send();
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.code()).isEqualTo("SignatureNonceUsed");
  }

  @Test
  void runCommandWithoutContent_raw_missingParameter() {
    AlibabaRawCall.Answer answer = AlibabaRawCall.of(fake, "RunCommand")
        .param("InstanceIds.1", fake.phoneIds().get(0)).send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("MissingParameter");
    assertThat(answer.body().path("Message").asText()).contains("CommandContent");
  }

  @Test
  void runCommandOnFiftyOneInstances_raw_invalidParameterAndNothingRuns() {
    FakeAlibabaCloudPhone big = FakeAlibabaCloudPhone.start(Fleet.builder().servers(1).phonesPerServer(51).build());
    try (big) {
      AlibabaRawCall call = AlibabaRawCall.of(big, "RunCommand").param("CommandContent", "ls");
      for (int i = 0; i < 51; i++) {
        call.param("InstanceIds." + (i + 1), big.phoneIds().get(i));
      }
      AlibabaRawCall.Answer answer = call.send();

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.code()).isEqualTo("InvalidParameter");
      assertThat(answer.body().path("Message").asText()).contains("InstanceIds", "at most 50");
      AlibabaRawCall fifty = AlibabaRawCall.of(big, "RunCommand").param("CommandContent", "ls");
      for (int i = 0; i < 50; i++) {
        fifty.param("InstanceIds." + (i + 1), big.phoneIds().get(i));
      }
      assertThat(fifty.send().body().path("InvokeId").asText()).startsWith("t-");
    }
  }

  @Test
  void maxResultsAboveOneHundred_raw_invalidParameter() {
    AlibabaRawCall.Answer answer = AlibabaRawCall.of(fake, "DescribeAndroidInstances").param("MaxResults", "101")
        .send();

    assertThat(answer.code()).isEqualTo("InvalidParameter");
  }

  @Test
  void formBodyParameter_raw_isSignedAndRead() {
    fake.rawPhoneStatus(fake.phoneIds().get(3), "STOPPED");
    AlibabaRawCall.Answer answer = AlibabaRawCall.of(fake, "DescribeAndroidInstances")
        .formParam("Status", "STOPPED").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("InstanceModel")).singleElement()
        .satisfies(i -> assertThat(i.path("AndroidInstanceId").asText()).isEqualTo(fake.phoneIds().get(3)));
  }

  @Test
  void unknownInstance_typedClient_notFound() {
    assertThatThrownBy(() -> fake.client().rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest
        .builder().addAndroidInstanceIds("acp-missing").build()))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidAndroidInstanceId.NotFound"));
  }

  @Test
  void unknownActionAndWrongVersion_raw_refused() {
    AlibabaRawCall.Answer unknown = AlibabaRawCall.of(fake, "DescribeEverything").send();
    AlibabaRawCall.Answer oldVersion = AlibabaRawCall.of(fake, "DescribeAndroidInstances")
        .param("Version", "2022-08-08").send();

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("InvalidAction.NotFound");
    assertThat(oldVersion.code()).isEqualTo("InvalidVersion");
    assertThat(fake.requestLog().requests()).extracting(r -> r.errorCode().orElseThrow())
        .containsExactly("InvalidAction.NotFound", "InvalidVersion");
  }

  @Test
  void errorAnswer_typedClient_carriesTheRequestIdOfTheBody() {
    AlibabaCloudPhoneClient client = fake.clientBuilder().credentialsProvider(StaticCredentialsProvider.of(
        AccessKeyCredentials.of("LTAI-unknown", "x"))).build();

    assertThatThrownBy(() -> client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()))
        .isInstanceOfSatisfying(CloudPhoneServiceException.class, e -> assertThat(e.requestId())
            .isEqualTo(fake.requestLog().requests().get(0).requestId()));
  }
}
