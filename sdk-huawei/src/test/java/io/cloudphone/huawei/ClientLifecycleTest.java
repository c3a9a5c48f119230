package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneTimeoutException;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.ResponseTooLargeException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.UnreadableResponseException;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Closing a client, per-call deadlines and unreadable answers, on the typed Huawei client. */
class ClientLifecycleTest extends HuaweiWireTest {
  private static final ListCloudPhonesRequest LIST = ListCloudPhonesRequest.builder().build();
  private static final RetryPolicy MANY_RETRIES = RetryPolicy.builder().maxAttempts(10)
      .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build();

  @Test
  void close_callsAfterwards_refusedWithIllegalState() {
    client.close();
    assertThatThrownBy(() -> client.listCloudPhones(LIST)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> client.async().listCloudPhones(LIST).join()).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.phones().list(PhoneFilter.all()).iterator().next())
        .isInstanceOf(IllegalStateException.class);
    assertNothingSent();
  }

  @Test
  void close_twice_isHarmless() {
    client.close();
    client.close();
    assertThatThrownBy(() -> client.listCloudPhones(LIST)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void close_tryWithResources_neverClosesTheUsersOkHttpClient() throws Exception {
    OkHttpClient own = new OkHttpClient();
    enqueueFixture("ListCloudPhones");
    try (CloudPhoneClient cloud = clientBuilder().httpClient(own).build()) {
      cloud.unwrap(HuaweiCphClient.class).listCloudPhones(LIST);
    }
    assertThat(own.dispatcher().executorService().isShutdown()).isFalse();
    enqueueJson(200, "{}");
    try (Response response = own.newCall(new Request.Builder().url(server.url("/still-usable")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void close_ofADeadlineView_closesTheClientItShares() {
    client.withDeadline(Duration.ofSeconds(5)).close();
    assertThatThrownBy(() -> client.listCloudPhones(LIST)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void callDeadline_fromTheBuilder_endsRetriesWithTimeout() {
    HuaweiCphClient bounded = clientBuilder().retryPolicy(MANY_RETRIES).callDeadline(Duration.ofMillis(2500)).build();
    for (int i = 0; i < 5; i++) {
      enqueueJson(503, "{\"error_code\":\"CPS.9999\",\"error_msg\":\"busy\"}");
    }
    // attempts at 0 s and 1 s; the next would start at 3 s, after the 2.5 s deadline
    assertThatThrownBy(() -> bounded.listCloudPhones(LIST)).isInstanceOf(CloudPhoneTimeoutException.class)
        .hasMessageContaining("ListCloudPhones").hasMessageContaining("2500 ms call deadline")
        .hasMessageContaining("2 attempts");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void withDeadline_overridesTheDeadlineForCallsThroughTheView() {
    HuaweiCphClient patient = clientBuilder().retryPolicy(MANY_RETRIES).build();
    for (int i = 0; i < 5; i++) {
      enqueueJson(503, "{\"error_code\":\"CPS.9999\",\"error_msg\":\"busy\"}");
    }
    assertThatThrownBy(() -> patient.withDeadline(Duration.ofMillis(500)).async().listCloudPhones(LIST).join())
        .hasCauseInstanceOf(CloudPhoneTimeoutException.class)
        .satisfies(e -> assertThat(((CloudPhoneTimeoutException) e.getCause()).attempts()).isEqualTo(1));
  }

  @Test
  void callDeadline_zeroOrNegative_refusedByTheBuilder() {
    assertThatThrownBy(() -> clientBuilder().callDeadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callDeadline");
    assertThatThrownBy(() -> client.withDeadline(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
  }

  @Test
  void listCloudPhones_emptyOk200_isAnErrorNotAnEmptyList() {
    enqueueJson(200, "");
    assertThatThrownBy(() -> client.listCloudPhones(LIST)).isInstanceOf(UnreadableResponseException.class)
        .hasMessage("Huawei CPH answered HTTP 200: ListCloudPhones answer is empty (Content-Type "
            + "application/json) (request id req-200)");
  }

  @Test
  void listCloudPhones_answerOverMaxResponseBytes_fails() {
    HuaweiCphClient small = clientBuilder().maxResponseBytes(256).build();
    enqueueFixture("ListCloudPhones");
    assertThatThrownBy(() -> small.listCloudPhones(LIST)).isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("ListCloudPhones").hasMessageContaining("256-byte limit");
    assertThatThrownBy(() -> clientBuilder().maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
