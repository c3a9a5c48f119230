package io.cloudphone.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.cph.v1.CphClient;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.huawei.internal.HuaweiJson;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One ListCloudPhones call on loopback that returns and parses a 100-phone page (about 43 KB), answered by
 * {@link LoopbackServer} with pre-encoded bytes. Compared in the same run: our synchronous client, the official
 * CphClient on the same server and body, and a raw OkHttp GET that only reads the body bytes (the floor); plus
 * {@code diag_rawPlusOurParse}, the raw GET parsed by our mapper, which separates our parse from our call pipeline.
 * Allocation per call ({@code gc.alloc.rate.norm} with {@code -prof gc}) counts the benchmark thread only: the
 * server thread's allocations are not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListCloudPhonesRoundTripBenchmark {
  static final int PHONES = 100;

  private LoopbackServer server;
  private HuaweiCphClient ours;
  private ListCloudPhonesRequest ourRequest;
  private CphClient official;
  private com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest officialRequest;
  private OkHttpClient raw;
  private final ObjectMapper ourMapper = HuaweiJson.mapper();
  private Request rawRequest;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    byte[] body = PhonePage.json(PHONES);
    server = new LoopbackServer(body, "application/json;charset=UTF-8");
    String endpoint = "http://127.0.0.1:" + server.port();

    ours = HuaweiCphClient.builder()
        .endpointOverride(URI.create(endpoint))
        .projectId(SigningBenchmark.PROJECT_ID)
        .credentialsProvider(HuaweiCredentials.accessKey(SigningBenchmark.AK, SigningBenchmark.SK))
        .build();
    ourRequest = ListCloudPhonesRequest.builder()
        .serverId(SigningBenchmark.SERVER_ID).limit(PHONES).offset(0).build();

    official = CphClient.newBuilder()
        .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
        .withCredential(new BasicCredentials()
            .withAk(SigningBenchmark.AK).withSk(SigningBenchmark.SK).withProjectId(SigningBenchmark.PROJECT_ID))
        .withEndpoints(java.util.List.of(endpoint))
        .build();
    officialRequest = new com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest()
        .withServerId(SigningBenchmark.SERVER_ID).withLimit(PHONES).withOffset(0);

    raw = new OkHttpClient();
    rawRequest = new Request.Builder()
        .url(endpoint + "/v1/" + SigningBenchmark.PROJECT_ID + "/cloud-phone/phones?limit=100&offset=0&server_id="
            + SigningBenchmark.SERVER_ID)
        .build();

    // Every contender must really get and parse the whole page.
    check("ours", ours().phones().size());
    check("raw + our parse", diag_rawPlusOurParse().phones().size());
    check("official", official().getPhones().size());
    int rawLength = raw().length;
    if (rawLength != body.length) {
      throw new IllegalStateException("raw OkHttp read " + rawLength + " of " + body.length + " bytes");
    }
    System.out.println("# page: " + PHONES + " phones, " + body.length + " bytes of JSON");
  }

  private static void check(String who, int phones) {
    if (phones != PHONES) {
      throw new IllegalStateException(who + " parsed " + phones + " phones instead of " + PHONES);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
  }

  /** Our client: sync listCloudPhones, signed, parsed into immutable models. */
  @Benchmark
  public ListCloudPhonesResponse ours() {
    return ours.listCloudPhones(ourRequest);
  }

  /**
   * Diagnostic: the raw OkHttp GET with the body streamed through our mapper into our models, i.e. our parse
   * without our call pipeline (binding, signing, retry executor, error mapping, logging).
   */
  @Benchmark
  public ListCloudPhonesResponse diag_rawPlusOurParse() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return ourMapper.readValue(response.body().byteStream(), ListCloudPhonesResponse.class);
    }
  }

  /** The official huaweicloud-sdk-cph CphClient.listCloudPhones on the same server and body. */
  @Benchmark
  public com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesResponse official() {
    return official.listCloudPhones(officialRequest);
  }

  /** The floor: a raw OkHttp GET of the same body that reads all its bytes and parses nothing. */
  @Benchmark
  public byte[] raw() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return response.body().bytes();
    }
  }
}
