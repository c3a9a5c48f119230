package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ThrottlingException;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.ListCloudPhoneServersRequest;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-operation faults and server-side rate limits of FakeHuaweiCph: they hit only the operation they name, are
 * answered in CPH's own wire format, and rate limits count on the fake's virtual clock (no real waiting).
 */
class FakeHuaweiCphOperationFaultTest {
  private static final Fleet FLEET = Fleet.builder().servers(2).phonesPerServer(3).build();

  private static FakeHuaweiCph start(FaultPlan plan) {
    return FakeHuaweiCph.start(FLEET, plan, FakeTime.manual());
  }

  /** A client that neither retries nor paces itself, so every request reaches the fake's own limit as sent. */
  private static HuaweiCphClient noRetries(FakeHuaweiCph fake) {
    return fake.clientBuilder().retryPolicy(RetryPolicy.none()).rateLimit(RateLimit.off()).build();
  }

  @Test
  void forOperation_throttling_hitsOnlyThatOperation() {
    FaultPlan plan = FaultPlan.builder()
        .forOperation("ListCloudPhones", OperationFaults.builder().throttleRate(1).build()).build();
    try (FakeHuaweiCph fake = start(plan)) {
      HuaweiCphClient cph = noRetries(fake);

      assertThatThrownBy(() -> cph.listCloudPhones(ListCloudPhonesRequest.builder().build()))
          .isInstanceOfSatisfying(ThrottlingException.class, e -> assertThat(e.errorCode()).isEqualTo("APIGW.0308"));
      assertThat(cph.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().build()).servers()).hasSize(2);
      assertThat(fake.requestLog().faults()).extracting(LoggedRequest::operation).containsExactly("ListCloudPhones");
    }
  }

  @Test
  void forOperation_replacesFleetWideRates_forThatOperationOnly() {
    FaultPlan plan = FaultPlan.builder().serverErrorRate(1)
        .forOperation("ListCloudPhoneServers", OperationFaults.builder().build()).build();
    try (FakeHuaweiCph fake = start(plan)) {
      HuaweiCphClient cph = noRetries(fake);

      assertThat(cph.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().build()).servers()).hasSize(2);
      assertThatThrownBy(() -> cph.listCloudPhones(ListCloudPhonesRequest.builder().build()))
          .isInstanceOfSatisfying(CloudPhoneServiceException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.errorCode()).isEqualTo("CPS.0003");
          });
    }
  }

  @Test
  void forOperation_failingIds_failOnlyRequestsNamingThem() {
    try (FakeHuaweiCph fake = start(FaultPlan.none())) {
      String failing = fake.phoneIds().get(1);
      fake.faultPlan(FaultPlan.builder().forOperation("ShowCloudPhoneDetail",
          OperationFaults.builder().failingIds(failing).build()).build());
      HuaweiCphClient cph = noRetries(fake);

      for (String phone : fake.phoneIds()) {
        if (phone.equals(failing)) {
          assertThatThrownBy(() -> cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phone)
              .build())).isInstanceOfSatisfying(CloudPhoneServiceException.class,
                  e -> assertThat(e.errorCode()).isEqualTo("CPS.0003"));
        } else {
          assertThat(cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phone).build())
              .phoneId()).contains(phone);
        }
      }
      assertThat(fake.requestLog().faults(Fault.SERVER_ERROR)).singleElement()
          .satisfies(request -> assertThat(request.path()).endsWith(failing));
    }
  }

  @Test
  void forOperation_droppedConnection_isATransportError() {
    FaultPlan plan = FaultPlan.builder()
        .forOperation("ListCloudPhones", OperationFaults.builder().dropConnectionRate(1).build()).build();
    try (FakeHuaweiCph fake = start(plan)) {
      assertThatThrownBy(() -> noRetries(fake).listCloudPhones(ListCloudPhonesRequest.builder().build()))
          .isInstanceOf(CloudPhoneTransportException.class);
      assertThat(fake.requestLog().faults(Fault.DROPPED_CONNECTION)).hasSize(1);
    }
  }

  @Test
  void forOperation_latencyDistribution_isDrawnFromTheSeed_andLogged() {
    Latency latency = Latency.uniform(Duration.ZERO, Duration.ofMillis(2));
    FaultPlan plan = FaultPlan.builder()
        .forOperation("ListCloudPhones", OperationFaults.builder().latency(latency).build()).build();
    try (FakeHuaweiCph fake = start(plan)) {
      HuaweiCphClient cph = fake.client();
      cph.listCloudPhones(ListCloudPhonesRequest.builder().build());
      cph.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().build());

      assertThat(fake.requestLog().faults(Fault.LATENCY)).extracting(LoggedRequest::operation)
          .containsExactly("ListCloudPhones");
    }
  }

  @Test
  void latency_samples_stayWithinTheirDistribution() {
    assertThat(Latency.fixed(Duration.ofMillis(5)).sample(0.9)).isEqualTo(Duration.ofMillis(5));
    assertThat(Latency.uniform(Duration.ofMillis(10), Duration.ofMillis(20)).sample(0.0))
        .isEqualTo(Duration.ofMillis(10));
    assertThat(Latency.uniform(Duration.ofMillis(10), Duration.ofMillis(20)).sample(0.999999999))
        .isBetween(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(Latency.exponential(Duration.ofMillis(10), Duration.ofMillis(50)).sample(0.999999999))
        .isEqualTo(Duration.ofMillis(50));
    assertThat(Latency.none().isZero()).isTrue();
    assertThatThrownBy(() -> Latency.uniform(Duration.ofMillis(2), Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rateLimit_exceeded_answers429Cps0042_andRefillsOnTheFakeClock() {
    FaultPlan plan = FaultPlan.builder().rateLimit("ListCloudPhones", 2).build();
    try (FakeHuaweiCph fake = start(plan)) {
      HuaweiCphClient cph = noRetries(fake);
      ListCloudPhonesRequest list = ListCloudPhonesRequest.builder().build();

      cph.listCloudPhones(list);
      cph.listCloudPhones(list);
      assertThatThrownBy(() -> cph.listCloudPhones(list))
          .isInstanceOfSatisfying(ThrottlingException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(429);
            assertThat(e.errorCode()).isEqualTo("CPS.0042");
            assertThat(e.errorMessage()).isEqualTo("System busy.");
          });
      // Other operations have no limit.
      for (int i = 0; i < 5; i++) {
        cph.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().build());
      }

      fake.time().advance(Duration.ofMillis(500)); // one token back at 2 per second
      cph.listCloudPhones(list);
      assertThatThrownBy(() -> cph.listCloudPhones(list)).isInstanceOf(ThrottlingException.class);

      assertThat(fake.requestLog().faults(Fault.RATE_LIMITED)).hasSize(2)
          .allSatisfy(request -> assertThat(request.status()).isEqualTo(429));
    }
  }

  @Test
  void rateLimit_retryingClient_waitsTheRetryAfter_andGetsThrough() {
    FaultPlan plan = FaultPlan.builder().rateLimit("ListCloudPhones", 1).build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(FLEET, plan, FakeTime.virtual())) {
      HuaweiCphClient cph = fake.client();
      for (int i = 0; i < 3; i++) {
        assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().build()).phones()).hasSize(6);
      }
      assertThat(fake.requestLog().count("ListCloudPhones")).isGreaterThan(3);
      assertThat(fake.requestLog().faults(Fault.RATE_LIMITED)).isNotEmpty();
    }
  }

  @Test
  void faultPlan_validatesPerOperationSettings_andStaysSourceCompatible() {
    assertThatThrownBy(() -> FaultPlan.builder().rateLimit("ListCloudPhones", 0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OperationFaults.builder().throttleRate(0.6).serverErrorRate(0.6).build())
        .isInstanceOf(IllegalArgumentException.class);
    FaultPlan legacy = new FaultPlan(0.1, 0, 0, Duration.ZERO, java.util.Set.of(), 0, java.util.Set.of(), 3);
    assertThat(legacy.operationFaults()).isEmpty();
    assertThat(legacy.rateLimits()).isEmpty();
    assertThat(FaultPlan.builder().rateLimit("X", 3).build().rateLimits()).isEqualTo(Map.of("X", 3.0));
    assertThat(FaultPlan.builder().rateLimit("X", 3).build().isEmpty()).isFalse();
  }

  @Test
  void unknownPath_answersTheGatewaysUnknownApiError() {
    try (FakeHuaweiCph fake = start(FaultPlan.none())) {
      RawCph.Answer answer = RawCph.signedGet(fake, "/v1/" + fake.projectId() + "/cloud-phone/no-such-things",
          List.of());

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.body().path("error_code").asText()).isEqualTo("APIGW.0101");
      assertThat(fake.requestLog().requests()).extracting(LoggedRequest::operation).containsExactly("Unknown");
    }
  }
}
