package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What FakeHuaweiCph checks before serving: signatures, the 15-minute window, IAM tokens, the request itself. */
class FakeHuaweiCphAuthTest {
  private final FakeHuaweiCph fake = FakeHuaweiCph.start(Fleet.builder().servers(1).phonesPerServer(2).build(),
      FaultPlan.none(), FakeTime.manual());

  @AfterEach
  void close() {
    fake.close();
  }

  private String phonesPath() {
    return "/v1/" + fake.projectId() + "/cloud-phone/phones";
  }

  @Test
  void wrongSecretKey_isAnsweredApigw0301() {
    HuaweiCphClient wrong = fake.clientBuilder().retryPolicy(RetryPolicy.none())
        .credentialsProvider(HuaweiCredentials.accessKey(fake.credentials().accessKeyId(), "not-the-secret"))
        .build();

    assertThatThrownBy(() -> wrong.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("APIGW.0301");
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.requestId()).isPresent();
        });
    assertThat(fake.requestLog().requests()).singleElement()
        .satisfies(r -> assertThat(r.errorCode()).contains("APIGW.0301"));
  }

  @Test
  void clockSkewedBy15Minutes_isRejected_14MinutesIsAccepted() {
    ManualClock late = ManualClock.startingAt(fake.time().now().minus(Duration.ofMinutes(15)));
    ManualClock slightlyLate = ManualClock.startingAt(fake.time().now().minus(Duration.ofMinutes(14)));

    assertThatThrownBy(() -> fake.clientBuilder().clock(late).retryPolicy(RetryPolicy.none()).build()
        .listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.errorMessage()).contains("15 minutes"));
    assertThat(fake.clientBuilder().clock(slightlyLate).build()
        .listCloudPhones(ListCloudPhonesRequest.builder().build()).phones()).hasSize(2);
  }

  @Test
  void fakeTimeMovingOn_outdatesAnOldSignature() {
    HuaweiCphClient frozen = fake.clientBuilder().retryPolicy(RetryPolicy.none())
        .clock(ManualClock.startingAt(fake.time().now())).build();
    fake.time().advance(Duration.ofMinutes(16));

    assertThatThrownBy(() -> frozen.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void iamPasswordToken_isIssuedAndAccepted() {
    HuaweiCphClient withToken = fake.clientBuilder().credentialsProvider(fake.iamPassword()).build();

    assertThat(withToken.listCloudPhones(ListCloudPhonesRequest.builder().build()).phones()).hasSize(2);
    assertThat(fake.requestLog().requests()).extracting(LoggedRequest::operation)
        .containsExactly("KeystoneCreateUserTokenByPassword", "ListCloudPhones");
  }

  @Test
  void iamWrongPassword_isRefused() {
    HuaweiCphClient wrong = fake.clientBuilder().retryPolicy(RetryPolicy.none())
        .credentialsProvider(HuaweiCredentials.iamPassword("testkit-domain", "testkit-user", "wrong")).build();

    assertThatThrownBy(() -> wrong.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOf(RuntimeException.class);
    assertThat(fake.requestLog().requests()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(401));
  }

  @Test
  void projectIdDiscovery_throughIamProjects() {
    HuaweiCphClient discovering = HuaweiCphClient.builder().region(fake.region())
        .endpointOverride(fake.endpoint()).credentialsProvider(HuaweiCredentials.accessKey(
            fake.credentials().accessKeyId(), fake.credentials().secretAccessKey()))
        .clock(fake.time().clock()).build();

    assertThat(discovering.listCloudPhones(ListCloudPhonesRequest.builder().build()).phones()).hasSize(2);
    assertThat(fake.requestLog().count("KeystoneListProjects")).isEqualTo(1);
  }

  @Test
  void unsignedRequest_isApigw0301WithCpsErrorBody() {
    RawCph.Answer answer = RawCph.unsignedGet(fake, phonesPath());

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().path("error_code").asText()).isEqualTo("APIGW.0301");
    assertThat(answer.body().path("error_msg").asText()).isNotEmpty();
    assertThat(answer.body().path("request_id").asText()).hasSize(32);
  }

  @Test
  void unknownPath_isApigw0101() {
    RawCph.Answer answer = RawCph.signedGet(fake, "/v1/" + fake.projectId() + "/cloud-phone/nothing-here",
        List.of());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().path("error_code").asText()).isEqualTo("APIGW.0101");
  }

  @Test
  void badParameters_areAnsweredWithCpsCodes() {
    assertThat(RawCph.signedGet(fake, phonesPath(), List.of(Map.entry("limit", "101"))).body()
        .path("error_code").asText()).isEqualTo("CPS.0002");
    assertThat(RawCph.signedGet(fake, phonesPath(), List.of(Map.entry("status", "5"))).body()
        .path("error_code").asText()).isEqualTo("CPS.0010");
    String jobs = "/v1/" + fake.projectId() + "/cloud-phone/jobs";
    assertThat(RawCph.signedGet(fake, jobs, List.of()).body().path("error_code").asText()).isEqualTo("CPS.0049");
    assertThat(RawCph.signedGet(fake, jobs, List.of(Map.entry("request_ids",
        String.join(",", Collections.nCopies(21, "abc"))))).body().path("error_code").asText())
        .isEqualTo("CPS.0161");
    assertThat(RawCph.signedGet(fake, "/v1/ffffffffffffffffffffffffffffffff/cloud-phone/phones", List.of()).body()
        .path("error_code").asText()).isEqualTo("CPS.0046");
  }
}
