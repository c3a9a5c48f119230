package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults FakeHuaweiCph injects from a FaultPlan, each visible in its request log. */
class FakeHuaweiCphFaultTest {
  private static final Fleet FLEET = Fleet.builder().servers(2).phonesPerServer(5).build();

  @Test
  void throttling_isRetriedByTheClient_andLogged() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, FaultPlan.builder().throttleRate(0.5).seed(7).build(),
        FakeTime.virtual())) {
      for (int i = 0; i < 10; i++) {
        assertThat(fake.client().phones().list(PhoneFilter.all()).stream()).hasSize(10);
      }

      assertThat(fake.requestLog().faults(Fault.THROTTLED)).isNotEmpty().allSatisfy(request -> {
        assertThat(request.status()).isEqualTo(429);
        assertThat(request.errorCode()).contains("APIGW.0308");
      });
      assertThat(fake.requestLog().faults()).allMatch(r -> r.fault().orElseThrow() == Fault.THROTTLED);
    }
  }

  @Test
  void sameSeed_sameFaults() {
    assertThat(faultsSeen(11)).isEqualTo(faultsSeen(11)).isNotEqualTo(faultsSeen(12));
  }

  private static List<String> faultsSeen(long seed) {
    FaultPlan plan = FaultPlan.builder().throttleRate(0.2).serverErrorRate(0.1).seed(seed).build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, plan, FakeTime.virtual())) {
      HuaweiCphClient cph = fake.client();
      for (String phone : fake.phoneIds()) {
        cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phone).build());
      }
      return fake.requestLog().requests().stream().map(LoggedRequest::toString).toList();
    }
  }

  @Test
  void serverErrors_onlyOnTheNamedOperation() {
    FaultPlan plan = FaultPlan.builder().serverErrorRate(1).operations("ListCloudPhones").build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, plan, FakeTime.virtual())) {
      HuaweiCphClient cph = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build();

      assertThatThrownBy(() -> cph.listCloudPhones(ListCloudPhonesRequest.builder().build()))
          .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.errorCode()).isEqualTo("CPS.0003");
          });
      assertThat(cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(fake.phoneIds().get(0))
          .build()).phoneId()).isPresent();
      assertThat(fake.requestLog().faults(Fault.SERVER_ERROR)).extracting(LoggedRequest::operation)
          .containsExactly("ListCloudPhones");
    }
  }

  @Test
  void droppedConnection_failsTheCall_loggedWithoutStatus() {
    FaultPlan plan = FaultPlan.builder().dropConnectionRate(1).build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, plan, FakeTime.virtual())) {
      HuaweiCphClient cph = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build();

      assertThatThrownBy(() -> cph.listCloudPhones(ListCloudPhonesRequest.builder().build()))
          .isInstanceOf(CloudPhoneTransportException.class);
      assertThat(fake.requestLog().faults(Fault.DROPPED_CONNECTION)).singleElement()
          .satisfies(request -> assertThat(request.status()).isZero());
    }
  }

  @Test
  void failingPhones_failInABulkRestart_othersSucceed() {
    FaultPlan plan = FaultPlan.builder().failingPhones("test-phone-01-02").build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, plan, FakeTime.virtual())) {
      String failing = fake.phoneIds().get(1);

      BulkResult result = fake.client().phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(5));

      assertThat(result.failed()).singleElement().satisfies(item -> {
        assertThat(item.id()).isEqualTo(failing);
        assertThat(item.errorCode()).contains("CPS.0054");
      });
      assertThat(result.succeeded()).hasSize(9);
      assertThat(fake.phoneStatus(failing)).isEqualTo(PhoneStatus.FAILED);
      assertThat(fake.requestLog().faults(Fault.FAILING_PHONE)).extracting(LoggedRequest::operation)
          .containsExactly("RestartCloudPhone");
    }
  }

  @Test
  void latency_delaysAnswers_andIsLogged() {
    FaultPlan plan = FaultPlan.builder().latency(Duration.ofMillis(100)).build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, plan, FakeTime.virtual())) {
      long started = System.nanoTime();
      fake.client().listCloudPhones(ListCloudPhonesRequest.builder().build());

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
      assertThat(fake.requestLog().faults(Fault.LATENCY)).hasSize(1);
    }
  }

  @Test
  void faultPlan_canBeSwappedDuringATest() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, FaultPlan.none(), FakeTime.virtual())) {
      HuaweiCphClient cph = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build();
      cph.listCloudPhones(ListCloudPhonesRequest.builder().build());
      fake.faultPlan(FaultPlan.builder().serverErrorRate(1).build());

      assertThatThrownBy(() -> cph.listCloudPhones(ListCloudPhonesRequest.builder().build()))
          .isInstanceOf(ServiceUnavailableException.class);
      assertThat(fake.requestLog().requests()).extracting(LoggedRequest::status).containsExactly(200, 500);
    }
  }
}
