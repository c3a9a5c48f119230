package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneTimeoutException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.UnreadableResponseException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Closing a client, per-call deadlines and unreadable answers, on the typed Alibaba client. */
class ClientLifecycleTest extends AlibabaWireTest {
  private static final DescribeAndroidInstancesRequest DESCRIBE = DescribeAndroidInstancesRequest.builder().build();
  private static final RetryPolicy MANY_RETRIES = RetryPolicy.builder().maxAttempts(10)
      .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build();

  @Test
  void close_callsAfterwards_refusedWithIllegalState() {
    client.close();
    assertThatThrownBy(() -> client.describeAndroidInstances(DESCRIBE)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> client.async().describeAndroidInstances(DESCRIBE).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.servers().list(ServerFilter.all()).iterator().next())
        .isInstanceOf(IllegalStateException.class);
    client.close();
    assertNothingSent();
  }

  @Test
  void close_tryWithResources_neverClosesTheUsersOkHttpClient() throws Exception {
    OkHttpClient own = new OkHttpClient();
    enqueueFixture("DescribeAndroidInstances");
    try (CloudPhoneClient cloud = clientBuilder().httpClient(own).build()) {
      cloud.unwrap(AlibabaCloudPhoneClient.class).describeAndroidInstances(DESCRIBE);
    }
    assertThat(own.dispatcher().executorService().isShutdown()).isFalse();
    enqueueJson(200, "{}");
    try (Response response = own.newCall(new Request.Builder().url(server.url("/still-usable")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void withDeadline_endsRetriesWithTimeoutNamingOperationAndAttempts() {
    AlibabaCloudPhoneClient patient = clientBuilder().retryPolicy(MANY_RETRIES).build();
    for (int i = 0; i < 5; i++) {
      enqueueJson(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\",\"RequestId\":\"r\"}");
    }
    AlibabaCloudPhoneClient view = patient.withDeadline(Duration.ofMillis(2500));
    assertThatThrownBy(() -> view.describeAndroidInstances(DESCRIBE)).isInstanceOf(CloudPhoneTimeoutException.class)
        .hasMessageContaining("DescribeAndroidInstances").hasMessageContaining("2500 ms call deadline")
        .hasMessageContaining("2 attempts");
    assertThat(view.regionId()).isEqualTo(patient.regionId());
  }

  @Test
  void describeAndroidInstances_emptyOk200_isAnErrorNamingTheRequestId() {
    enqueueJson(200, "");
    assertThatThrownBy(() -> client.describeAndroidInstances(DESCRIBE))
        .isInstanceOf(UnreadableResponseException.class).hasMessageContaining("DescribeAndroidInstances answer is empty")
        .hasMessageContaining("HTTP 200").hasMessageContaining("application/json")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
