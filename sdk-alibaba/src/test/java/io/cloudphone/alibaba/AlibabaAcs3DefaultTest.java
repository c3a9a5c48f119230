package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.internal.AlibabaSignatureVerifier;
import io.cloudphone.alibaba.model.CreateAppRequest;
import io.cloudphone.alibaba.model.CustomAppInfo;
import io.cloudphone.alibaba.model.DeleteCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DeleteImagesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default builder signs with ACS3-HMAC-SHA256: action, version, date, nonce and the STS token travel in
 * signed headers and the signature in {@code Authorization}, so no secret-bearing value sits in the URL where
 * proxies and access logs keep it. Each case verifies the signature as the gateway would.
 */
class AlibabaAcs3DefaultTest {
  private static final String KEY_ID = "testid";
  private static final String SECRET = "testsecret";
  private static final String TOKEN = "sts-token-value";
  private static final ObjectMapper JSON = new ObjectMapper();

  private MockWebServer server;
  private ManualClock clock;
  private AlibabaCloudPhoneClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    clock = ManualClock.autoAdvancing(Instant.parse("2025-01-02T03:04:05Z"));
    client = AlibabaCloudPhoneClient.builder().regionId("cn-shanghai")
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentialsProvider(AlibabaCredentials.sts(KEY_ID, SECRET, TOKEN))
        .clock(clock).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void describeAndroidInstances_queryParamsAndList_acs3SignedNothingSecretInUrl() throws Exception {
    answer("{\"RequestId\":\"r\",\"InstanceModel\":[]}");

    client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().maxResults(10)
        .addAndroidInstanceIds("acp-1", "acp-2").build());

    Sent sent = takeVerified("DescribeAndroidInstances");
    assertThat(sent.query).containsEntry("MaxResults", "10")
        .containsEntry("AndroidInstanceIds.1", "acp-1").containsEntry("AndroidInstanceIds.2", "acp-2");
    assertThat(sent.body).isEmpty();
  }

  @Test
  void deleteCloudPhoneNodes_formParams_bodyHashedAndSigned() throws Exception {
    answer("{\"RequestId\":\"r\"}");

    client.deleteCloudPhoneNodes(DeleteCloudPhoneNodesRequest.builder().addNodeIds("cpn-1", "cpn-2").build());

    Sent sent = takeVerified("DeleteCloudPhoneNodes");
    assertThat(SentRpcRequest.decode(sent.body)).containsOnly(entry("NodeIds.1", "cpn-1"),
        entry("NodeIds.2", "cpn-2"));
    assertThat(sent.recorded.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
  }

  @Test
  void createApp_jsonStringParam_sentAsOneSignedJsonString() throws Exception {
    answer("{\"RequestId\":\"r\",\"AppId\":1}");

    client.createApp(CreateAppRequest.builder().appName("demo").customAppInfo(CustomAppInfo.builder()
        .apkSize("10").downloadUrl("https://example.com/demo.apk").md5("df3f46ce5844ddb278f14c5a9cd2****")
        .packageName("com.example.demo").version("1.0.0").versionCode("10000").build()).build());

    Sent sent = takeVerified("CreateApp");
    assertThat(JSON.readTree(sent.query.get("CustomAppInfo")).path("PackageName").asText())
        .isEqualTo("com.example.demo");
  }

  @Test
  void deleteImages_jsonArrayInForm_signed() throws Exception {
    answer("{\"RequestId\":\"r\"}");

    client.deleteImages(DeleteImagesRequest.builder().addImageIds("imgc-1", "imgc-2").build());

    Sent sent = takeVerified("DeleteImages");
    assertThat(JSON.readTree(SentRpcRequest.decode(sent.body).get("ImageIds")))
        .isEqualTo(JSON.readTree("[\"imgc-1\",\"imgc-2\"]"));
  }

  @Test
  void stopAndroidInstance_async_acs3Signed() throws Exception {
    answer("{\"RequestId\":\"r\"}");

    client.async().stopAndroidInstance(StopAndroidInstanceRequest.builder().addAndroidInstanceIds("acp-1")
        .build()).join();

    Sent sent = takeVerified("StopAndroidInstance");
    assertThat(sent.query).containsEntry("AndroidInstanceIds.1", "acp-1");
  }

  @Test
  void v1StillSelectable_putsSignatureInQuery() throws Exception {
    answer("{\"RequestId\":\"r\",\"InstanceModel\":[]}");

    AlibabaCloudPhoneClient.builder().regionId("cn-shanghai").signatureVersion(AlibabaSignatureVersion.V1_HMAC_SHA1)
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentialsProvider(AlibabaCredentials.accessKey(KEY_ID, SECRET)).clock(clock)
        .retryPolicy(RetryPolicy.none()).build()
        .describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build());

    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(SentRpcRequest.decode(recorded.getUrl().encodedQuery())).containsKey("Signature");
    assertThat(recorded.getHeaders().get("Authorization")).isNull();
  }

  private void answer(String body) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build());
  }

  /** The next request; fails unless its ACS3 signature verifies and nothing secret-bearing is in the URL. */
  private Sent takeVerified(String action) throws InterruptedException {
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded).as("a request reached the server").isNotNull();
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    Map<String, String> query = SentRpcRequest.decode(recorded.getUrl().encodedQuery());
    Optional<String> failure = AlibabaSignatureVerifier.verifyAcs3(recorded.getMethod(),
        recorded.getUrl().encodedPath(), query, recorded.getHeaders()::get, body,
        key -> KEY_ID.equals(key) ? SECRET : null, clock.instant());
    assertThat(failure).as("ACS3 signature of " + action).isEmpty();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/");
    assertThat(recorded.getHeaders().get("x-acs-action")).isEqualTo(action);
    assertThat(recorded.getHeaders().get("x-acs-version")).isEqualTo("2023-09-30");
    assertThat(recorded.getHeaders().get("x-acs-security-token")).isEqualTo(TOKEN);
    assertThat(recorded.getHeaders().get("Authorization"))
        .startsWith("ACS3-HMAC-SHA256 Credential=" + KEY_ID + ",")
        .contains("x-acs-security-token");
    String url = recorded.getUrl().toString();
    assertThat(query).doesNotContainKeys("Signature", "SecurityToken", "SignatureNonce", "AccessKeyId",
        "Action", "Timestamp");
    assertThat(url).doesNotContain(TOKEN);
    return new Sent(recorded, query, new String(body, StandardCharsets.UTF_8));
  }

  private record Sent(RecordedRequest recorded, Map<String, String> query, String body) {}
}
