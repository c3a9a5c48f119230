package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.CallAttempt;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.huawei.HuaweiCphClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a {@link CallListener} hears, on both fakes: one event per attempt with its status, error code, throttling,
 * retry delay, latency and request id, bulk progress, and never a secret, token or signature.
 */
@Timeout(60)
class CallListenerTest {
  private static final String CANARY = "CANARY-SECRET-123";
  private static final Fleet SMALL = Fleet.builder().servers(1).phonesPerServer(3).build();

  private final Recorder events = new Recorder();

  @Test
  void huaweiCall_succeeded_oneEventWithStatusRequestIdAndLatency() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(SMALL, FaultPlan.none(), FakeTime.virtual());
        HuaweiCphClient cph = fake.clientBuilder().callListener(events).build()) {
      assertThat(cph.phones().list(PhoneFilter.all()).stream()).hasSize(3);

      assertThat(events.attempts).singleElement().satisfies(attempt -> {
        assertThat(attempt.operation()).isEqualTo("ListCloudPhones");
        assertThat(attempt.attempt()).isEqualTo(1);
        assertThat(attempt.method()).contains("GET");
        assertThat(attempt.path()).hasValueSatisfying(path -> assertThat(path).endsWith("/cloud-phone/phones"));
        assertThat(attempt.httpStatus()).contains(200);
        assertThat(attempt.requestId()).isPresent();
        assertThat(attempt.outcome()).isEqualTo(CallAttempt.Outcome.SUCCEEDED);
        assertThat(attempt.throttled()).isFalse();
        assertThat(attempt.retryDelay()).isEmpty();
        assertThat(attempt.errorCode()).isEmpty();
        assertThat(attempt.latency().isNegative()).isFalse();
      });
      events.assertNoSecret(fake.credentials().secretAccessKey());
    }
  }

  @Test
  void huaweiCall_throttledThenRetried_retryingEventWithDelay_thenSuccess() {
    FaultPlan plan = FaultPlan.builder().throttleRate(0.5).seed(7).build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(SMALL, plan, FakeTime.virtual());
        HuaweiCphClient cph = fake.clientBuilder().callListener(events).build()) {
      for (int i = 0; i < 5; i++) {
        cph.phones().list(PhoneFilter.all()).stream().toList();
      }

      List<CallAttempt> throttled = events.attempts.stream().filter(CallAttempt::throttled).toList();
      assertThat(throttled).isNotEmpty().allSatisfy(attempt -> {
        assertThat(attempt.httpStatus()).contains(429);
        assertThat(attempt.errorCode()).contains("APIGW.0308");
        assertThat(attempt.errorType()).contains("ThrottlingException");
        assertThat(attempt.outcome()).isEqualTo(CallAttempt.Outcome.RETRYING);
        assertThat(attempt.retryDelay()).hasValueSatisfying(delay -> assertThat(delay).isPositive());
      });
      CallAttempt first = throttled.get(0);
      CallAttempt next = events.attempts.get(events.attempts.indexOf(first) + 1);
      assertThat(next.operation()).isEqualTo(first.operation());
      assertThat(next.attempt()).isEqualTo(first.attempt() + 1);
      assertThat(events.attempts).filteredOn(a -> a.outcome() == CallAttempt.Outcome.SUCCEEDED).hasSize(5);
      assertThat(events.attempts).hasSize(fake.requestLog().requests().size());
      events.assertNoSecret(fake.credentials().secretAccessKey());
    }
  }

  @Test
  void huaweiCall_failed_failedEventWithCodeAndNoRetry() {
    FaultPlan plan = FaultPlan.builder().serverErrorRate(1).build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(SMALL, plan, FakeTime.virtual());
        HuaweiCphClient cph = fake.clientBuilder().retryPolicy(RetryPolicy.none()).callListener(events).build()) {
      assertThatThrownBy(() -> cph.phones().list(PhoneFilter.all()).stream().toList())
          .isInstanceOf(ServiceUnavailableException.class);

      assertThat(events.attempts).singleElement().satisfies(attempt -> {
        assertThat(attempt.httpStatus()).contains(500);
        assertThat(attempt.errorCode()).contains("CPS.0003");
        assertThat(attempt.errorType()).contains("ServiceUnavailableException");
        assertThat(attempt.outcome()).isEqualTo(CallAttempt.Outcome.FAILED);
        assertThat(attempt.retryDelay()).isEmpty();
      });
    }
  }

  @Test
  void huaweiCall_canaryCredentialsRefused_noEventCarriesTheSecret() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(SMALL, FaultPlan.none(), FakeTime.virtual());
        HuaweiCphClient cph = fake.clientBuilder().callListener(events).credentialsProvider(
            StaticCredentialsProvider.of(AccessKeyCredentials.temporary("AKCANARY", CANARY, CANARY + "-TOKEN")))
            .build()) {
      assertThatThrownBy(() -> cph.phones().list(PhoneFilter.all()).stream().toList())
          .isInstanceOf(AuthenticationException.class);

      assertThat(events.attempts).isNotEmpty().last().satisfies(attempt -> {
        assertThat(attempt.outcome()).isEqualTo(CallAttempt.Outcome.FAILED);
        assertThat(attempt.httpStatus()).contains(401);
        assertThat(attempt.errorType()).contains("AuthenticationException");
      });
      events.assertNoSecret(CANARY);
    }
  }

  @Test
  void alibabaCall_signedInTheQuery_eventsCarryPathOnly_noSignatureNoSecret() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(SMALL, FaultPlan.none(), FakeTime.virtual());
        AlibabaCloudPhoneClient ecp = fake.clientBuilder().callListener(events).build();
        AlibabaCloudPhoneClient canary = fake.clientBuilder().callListener(events).credentialsProvider(
            StaticCredentialsProvider.of(AccessKeyCredentials.of("LTAICANARY", CANARY))).build()) {
      assertThat(ecp.phones().list(PhoneFilter.all()).stream()).hasSize(3);
      assertThatThrownBy(() -> canary.phones().list(PhoneFilter.all()).stream().toList())
          .isInstanceOf(AuthenticationException.class);

      assertThat(events.attempts).first().satisfies(attempt -> {
        assertThat(attempt.operation()).isEqualTo("DescribeAndroidInstances");
        assertThat(attempt.path()).contains("/");
        assertThat(attempt.requestId()).isPresent();
      });
      events.assertNoSecret(CANARY);
      events.assertNoSecret(fake.credentials().secretAccessKey());
      events.assertNoSecret("Signature");
      events.assertNoSecret("?");
    }
  }

  @Test
  void bulkOperation_progressEventsReachTheListener_lastOneDone() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(SMALL, FaultPlan.none(), FakeTime.virtual());
        AlibabaCloudPhoneClient ecp = fake.clientBuilder().callListener(events).build()) {
      ecp.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofHours(1));

      assertThat(events.progress).isNotEmpty().last().satisfies(last -> {
        assertThat(last.phase()).isEqualTo(BulkProgress.Phase.DONE);
        assertThat(last.succeeded()).isEqualTo(3);
      });
    }
  }

  @Test
  void throwingListener_neverBreaksTheCall() {
    CallListener broken = new CallListener() {
      @Override
      public void onAttempt(CallAttempt attempt) {
        throw new IllegalStateException("listener bug");
      }
    };
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(SMALL, FaultPlan.none(), FakeTime.virtual());
        HuaweiCphClient cph = fake.clientBuilder().callListener(CallListener.composite(broken, events)).build()) {
      assertThat(cph.phones().list(PhoneFilter.all()).stream()).hasSize(3);
    }
  }

  /** Keeps every event, and checks none of them carries a given text in its fields or {@code toString}. */
  private static final class Recorder implements CallListener {
    final List<CallAttempt> attempts = new CopyOnWriteArrayList<>();
    final List<BulkProgress> progress = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(CallAttempt attempt) {
      attempts.add(attempt);
    }

    @Override
    public void onBulkProgress(BulkProgress snapshot) {
      progress.add(snapshot);
    }

    void assertNoSecret(String secret) {
      // A record's toString renders every component, so this covers each field too.
      assertThat(attempts).isNotEmpty().allSatisfy(a -> assertThat(a.toString()).doesNotContain(secret));
      assertThat(progress).allSatisfy(p -> assertThat(p.toString()).doesNotContain(secret));
    }
  }
}
