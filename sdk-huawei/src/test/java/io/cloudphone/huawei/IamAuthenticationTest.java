package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IAM password tokens and project discovery, against one loopback server playing both IAM and CPH. */
class IamAuthenticationTest {
  private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicInteger rejectNextCphCalls = new AtomicInteger();
  private final List<String> tokensSeenByCph = new CopyOnWriteArrayList<>();
  private final List<JsonNode> tokenRequests = new CopyOnWriteArrayList<>();
  private volatile String projectsAnswer = "{\"projects\":[{\"id\":\"proj-1\",\"name\":\"cn-east-3\"}]}";
  private MockWebServer server;
  private ManualClock clock;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/v3/auth/tokens")) {
          try {
            tokenRequests.add(JSON.readTree(request.getBody().utf8()));
          } catch (IOException e) {
            return new MockResponse.Builder().code(400).build();
          }
          int n = tokensIssued.incrementAndGet();
          sleepBriefly(); // widen the window in which concurrent callers find no token
          return new MockResponse.Builder().code(201).setHeader("X-Subject-Token", "token-" + n)
              .body("{\"token\":{\"expires_at\":\"" + NOW.plus(Duration.ofHours(24))
                  + "\",\"project\":{\"id\":\"proj-from-token\",\"name\":\"cn-east-3\"}}}").build();
        }
        if (path.equals("/v3/projects")) {
          return new MockResponse.Builder().code(200).body(projectsAnswer).build();
        }
        tokensSeenByCph.add(String.valueOf(request.getHeaders().get("X-Auth-Token")));
        if (rejectNextCphCalls.getAndDecrement() > 0) {
          return new MockResponse.Builder().code(401)
              .body("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}")
              .build();
        }
        return new MockResponse.Builder().code(200).body("{\"phones\":[]}").build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    clock = ManualClock.startingAt(NOW);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HuaweiCphClientBuilder builder() {
    return HuaweiCphClient.builder().region("cn-east-3")
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .clock(clock).retryPolicy(RetryPolicy.none());
  }

  private HuaweiCphClient passwordClient() {
    return builder().projectId("proj-1")
        .credentialsProvider(HuaweiCredentials.iamPassword("my-account", "ops-user", "s3cret!")).build();
  }

  @Test
  void passwordToken_32ConcurrentCallers_shareOneTokenRequest() throws Exception {
    HuaweiCphClient client = passwordClient();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<Void>> calls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        calls.add(CompletableFuture.runAsync(() -> {
          await(go);
          client.listCloudPhones(ListCloudPhonesRequest.builder().build());
        }, pool));
      }
      go.countDown();
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokensIssued).hasValue(1);
    assertThat(tokensSeenByCph).hasSize(32).containsOnly("token-1");
  }

  @Test
  void passwordToken_body_namesUserDomainAndProjectScope() {
    passwordClient().listCloudPhones(ListCloudPhonesRequest.builder().build());
    JsonNode auth = tokenRequests.get(0).path("auth");
    assertThat(auth.path("identity").path("methods").get(0).asText()).isEqualTo("password");
    JsonNode user = auth.path("identity").path("password").path("user");
    assertThat(user.path("name").asText()).isEqualTo("ops-user");
    assertThat(user.path("domain").path("name").asText()).isEqualTo("my-account");
    assertThat(auth.path("scope").path("project").path("id").asText()).isEqualTo("proj-1");
  }

  @Test
  void passwordToken_cachedUntilShortlyBeforeExpiry_thenRefreshed() {
    HuaweiCphClient client = passwordClient();
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    clock.advance(Duration.ofHours(23).plusMinutes(50));
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    assertThat(tokensIssued).as("still more than 5 minutes left").hasValue(1);

    clock.advance(Duration.ofMinutes(6));
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    assertThat(tokensIssued).hasValue(2);
    assertThat(tokensSeenByCph).containsExactly("token-1", "token-1", "token-2");
  }

  @Test
  void unauthorizedOnce_reauthenticatesTransparently_andRetries() {
    HuaweiCphClient client = passwordClient();
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    rejectNextCphCalls.set(1);

    client.listCloudPhones(ListCloudPhonesRequest.builder().build());

    assertThat(tokensIssued).hasValue(2);
    assertThat(tokensSeenByCph).containsExactly("token-1", "token-1", "token-2");
  }

  @Test
  void unauthorizedTwice_givesUpAfterOneReauthentication() {
    HuaweiCphClient client = passwordClient();
    rejectNextCphCalls.set(5);
    assertThatThrownBy(() -> client.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOf(io.cloudphone.core.AuthenticationException.class)
        .hasMessageContaining("clock")
        .hasMessageNotContaining("s3cret!");
    assertThat(tokensSeenByCph).hasSize(2);
  }

  @Test
  void asyncUnauthorizedOnce_reauthenticatesTransparently() {
    HuaweiCphClient client = passwordClient();
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    rejectNextCphCalls.set(1);
    client.async().listCloudPhones(ListCloudPhonesRequest.builder().build()).join();
    assertThat(tokensIssued).hasValue(2);
  }

  @Test
  void akSkWithoutProjectId_discoversProjectOnce_throughIam() {
    HuaweiCphClient client = builder()
        .credentialsProvider(HuaweiCredentials.accessKey("AK", "SK"))
        .environment(name -> null).build();

    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());

    assertThat(client.projectId()).isEqualTo("proj-1");
    assertThat(List.of(line(take()), line(take()), line(take()))).containsExactly(
        "GET /v3/projects?name=cn-east-3",
        "GET /v1/proj-1/cloud-phone/phones",
        "GET /v1/proj-1/cloud-phone/phones");
  }

  @Test
  void akSkWithoutProjectId_noMatchingProject_isClearError() {
    projectsAnswer = "{\"projects\":[]}";
    HuaweiCphClient client = builder()
        .credentialsProvider(HuaweiCredentials.accessKey("AK", "SK"))
        .environment(name -> null).build();
    assertThatThrownBy(() -> client.listCloudPhones(ListCloudPhonesRequest.builder().build()))
        .isInstanceOf(CloudPhoneException.class)
        .hasMessageContaining("no project named cn-east-3")
        .hasMessageContaining("projectId");
  }

  @Test
  void akSkWithoutProjectId_severalMatchingProjects_isClearError() {
    projectsAnswer = "{\"projects\":[{\"id\":\"a\",\"name\":\"cn-east-3\"},{\"id\":\"b\",\"name\":\"cn-east-3\"}]}";
    HuaweiCphClient client = builder()
        .credentialsProvider(HuaweiCredentials.accessKey("AK", "SK"))
        .environment(name -> null).build();
    assertThatThrownBy(client::projectId).hasMessageContaining("2 projects named cn-east-3");
  }

  @Test
  void projectIdFromEnvironment_usedWithoutDiscovery() {
    HuaweiCphClient client = builder()
        .credentialsProvider(HuaweiCredentials.accessKey("AK", "SK"))
        .environment(name -> name.equals("HUAWEICLOUD_SDK_PROJECT_ID") ? "env-project" : null).build();
    client.listCloudPhones(ListCloudPhonesRequest.builder().build());
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/env-project/cloud-phone/phones");
  }

  private RecordedRequest take() {
    try {
      return server.takeRequest();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static String line(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getMethod() + " " + request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
