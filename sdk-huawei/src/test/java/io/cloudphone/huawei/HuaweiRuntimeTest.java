package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.InvalidRequestException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.ThrottlingException;
import io.cloudphone.huawei.model.CloudPhone;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The call layer seen from the wire: signing, paging, retries on a fake clock, error mapping. */
class HuaweiRuntimeTest extends HuaweiWireTest {

  private HuaweiCphClient retryingClient() {
    return clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(4)
        .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build()).build();
  }

  @Test
  void listCloudPhones_filters_sentAsSignedQueryAndParsed() {
    enqueueJson(200, "{\"request_id\":\"r1\",\"count\":1,\"phones\":[{\"phone_id\":\"p1\",\"status\":2,"
        + "\"create_time\":\"2017-10-10T00:00:00Z\",\"metadata\":{\"order_id\":\"o1\"}}]}");

    ListCloudPhonesResponse response = client.listCloudPhones(ListCloudPhonesRequest.builder()
        .serverId("s1").phoneName("my phone/测试+*~").status(2).offset(0).limit(50).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/phones");
    assertThat(sent.query("server_id")).isEqualTo("s1");
    assertThat(sent.query("phone_name")).isEqualTo("my phone/测试+*~");
    assertThat(sent.query("limit")).isEqualTo("50");
    assertThat(sent.bodyText()).isEmpty();
    assertThat(sent.header("User-Agent")).startsWith("cloudphone-java/");
    assertThat(sent.header("X-Project-Id")).isEqualTo(PROJECT_ID);
    assertThat(response.phones()).extracting(p -> p.phoneId().orElseThrow()).containsExactly("p1");
    assertThat(response.phones().get(0).createTime()).hasValueSatisfying(
        t -> assertThat(t.toString()).isEqualTo("2017-10-10T00:00:00Z"));
  }

  @Test
  void listCloudPhonesPaged_threePages_fetchedLazilyByOffset() {
    enqueueJson(200, page(0, 2));
    enqueueJson(200, page(2, 2));
    enqueueJson(200, page(4, 1));

    var paged = client.listCloudPhonesPaged(ListCloudPhonesRequest.builder().limit(2).build());
    assertThat(server.getRequestCount()).as("nothing fetched before iterating").isZero();

    List<String> ids = paged.stream().map(p -> p.phoneId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("p0", "p1", "p2", "p3", "p4");
    assertThat(List.of(takeRequest().query("offset"), takeRequest().query("offset"), takeRequest().query("offset")))
        .containsExactly("0", "2", "4");
  }

  @Test
  void listCloudPhonesPaged_stoppingEarly_fetchesOnlyWhatWasRead() {
    enqueueJson(200, page(0, 2));
    CloudPhone first = client.listCloudPhonesPaged(ListCloudPhonesRequest.builder().limit(2).build())
        .iterator().next();
    assertThat(first.phoneId()).hasValue("p0");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void throttledTwice_getRetriedWithBackoffOnTheClock_thenSucceeds() {
    enqueueJson(400, "{\"error_code\":\"CPS.0042\",\"error_msg\":\"System busy.\"}");
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("{}").build());
    enqueueJson(200, page(0, 1));

    ListCloudPhonesResponse response = retryingClient().listCloudPhones(ListCloudPhonesRequest.builder().build());

    assertThat(response.phones()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(clock.requestedDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(7));
    // every attempt is signed afresh, with the clock's current date
    assertThat(takeRequest().header("X-Sdk-Date")).isEqualTo("20240102T030405Z");
    assertThat(takeRequest().header("X-Sdk-Date")).isEqualTo("20240102T030406Z");
    assertThat(takeRequest().header("X-Sdk-Date")).isEqualTo("20240102T030413Z");
  }

  @Test
  void serverErrorOnPost_notReplayed_becauseRestartIsNotIdempotent() {
    enqueueJson(500, "{\"error_code\":\"CPS.0003\",\"error_msg\":\"Service internal error.\"}");
    enqueueJson(200, "{\"request_id\":\"r\",\"jobs\":[]}");

    assertThatThrownBy(() -> retryingClient().restartCloudPhone(RestartCloudPhoneRequest.builder()
        .addPhones(io.cloudphone.huawei.model.CloudPhoneTarget.builder().phoneId("p1").build()).build()))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("CPS.0003");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorOnGet_replayed_untilAttemptsRunOut() {
    for (int i = 0; i < 4; i++) {
      enqueueJson(503, "{\"error_code\":\"CPS.0003\",\"error_msg\":\"Service internal error.\"}");
    }
    assertThatThrownBy(() -> retryingClient().listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOf(ServiceUnavailableException.class)
        .satisfies(e -> assertThat(((ServiceUnavailableException) e).isRetryable()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(clock.requestedDelays())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void droppedConnectionOnGet_retried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    enqueueJson(200, page(0, 1));
    assertThat(retryingClient().listCloudPhones(ListCloudPhonesRequest.builder().build()).phones()).hasSize(1);
  }

  @Test
  void droppedConnectionOnPost_surfacesAsTransportError_notReplayed() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    assertThatThrownBy(() -> retryingClient().restartCloudPhone(RestartCloudPhoneRequest.builder()
        .addPhones(io.cloudphone.huawei.model.CloudPhoneTarget.builder().phoneId("p1").build()).build()))
        .isInstanceOf(CloudPhoneTransportException.class)
        .satisfies(e -> assertThat(((CloudPhoneTransportException) e).mayHaveReachedServer()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notFoundCode_isTypedNotFound_withRequestId() {
    enqueueJson(400, "{\"error_code\":\"CPS.0005\",\"error_msg\":\"Phone is not found.\",\"request_id\":\"abc\"}");
    assertThatThrownBy(() -> client.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("CPS.0005");
          assertThat(e.requestId()).hasValue("abc");
          assertThat(e.httpStatus()).isEqualTo(400);
        });
  }

  @Test
  void invalidLimit_rejectedBeforeSending_namingTheField() {
    assertThatThrownBy(() -> ListCloudPhonesRequest.builder().limit(101).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertNothingSent();
  }

  @Test
  void asyncCalls_manyConcurrent_allComplete() {
    for (int i = 0; i < 20; i++) {
      enqueueJson(200, page(i, 1));
    }
    List<CompletableFuture<ListCloudPhonesResponse>> futures = IntStream.range(0, 20)
        .mapToObj(i -> client.async().listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .collect(Collectors.toList());
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    assertThat(futures).allSatisfy(f -> assertThat(f.join().phones()).hasSize(1));
    for (int i = 0; i < 20; i++) {
      takeRequest();
    }
  }

  @Test
  void asyncThrottled_retriedOnTheClock_withoutBlocking() {
    enqueueJson(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"throttled\"}");
    enqueueJson(200, page(0, 1));
    assertThat(retryingClient().async().listCloudPhones(ListCloudPhonesRequest.builder().build()).join().phones())
        .hasSize(1);
    assertThat(clock.requestedDelays()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void badRequestCode_isInvalidRequest_notRetryable() {
    enqueueJson(400, "{\"error_code\":\"CPS.0002\",\"error_msg\":\"Parameter: offset or limit is invalid.\"}");
    assertThatThrownBy(() -> retryingClient().listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void throttlingException_carriesRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("{}").build());
    assertThatThrownBy(() -> client.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOfSatisfying(ThrottlingException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3)));
  }

  static String page(int from, int size) {
    String phones = IntStream.range(from, from + size)
        .mapToObj(i -> "{\"phone_id\":\"p" + i + "\",\"phone_name\":\"phone-" + i + "\",\"status\":2}")
        .collect(Collectors.joining(","));
    return "{\"request_id\":\"r\",\"phones\":[" + phones + "]}";
  }
}
