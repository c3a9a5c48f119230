package io.cloudphone.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.aliyun.teaopenapi.models.Config;
import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.alibaba.internal.AlibabaJson;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
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
 * One DescribeAndroidInstances call on loopback that returns and parses a 100-instance page (about 181 KB, see
 * {@link InstancePage}), answered by {@link LoopbackServer} with pre-encoded bytes. Compared in the same run: our
 * synchronous AlibabaCloudPhoneClient (V1-signed POST), the official eds_aic20230930 3.8.2 Client (tea-openapi over
 * tea's OkHttp stack, plain HTTP to the same server and body), and a raw OkHttp POST that only reads the body bytes
 * (the floor); plus {@code diag_rawPlusOurParse}, the raw POST parsed by our mapper, which separates our parse from
 * our call pipeline. Allocation per call ({@code gc.alloc.rate.norm}) counts the benchmark thread only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DescribeAndroidInstancesRoundTripBenchmark {
  static final int INSTANCES = 100;

  private LoopbackServer server;
  private AlibabaCloudPhoneClient ours;
  private DescribeAndroidInstancesRequest ourRequest;
  private com.aliyun.eds_aic20230930.Client official;
  private com.aliyun.eds_aic20230930.models.DescribeAndroidInstancesRequest officialRequest;
  private OkHttpClient raw;
  private final ObjectMapper ourMapper = AlibabaJson.mapper();
  private Request rawRequest;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    byte[] body = InstancePage.json(INSTANCES);
    server = new LoopbackServer(body, "application/json;charset=utf-8", "x-acs-request-id", InstancePage.REQUEST_ID);
    String hostPort = "127.0.0.1:" + server.port();

    ours = AlibabaCloudPhoneClient.builder()
        .endpointOverride(URI.create("http://" + hostPort))
        .credentialsProvider(AlibabaCredentials.accessKey(AlibabaSigningBenchmark.AK, AlibabaSigningBenchmark.SK))
        .build();
    ourRequest = DescribeAndroidInstancesRequest.builder()
        .maxResults(INSTANCES)
        .instanceGroupId(AlibabaSigningBenchmark.INSTANCE_GROUP_ID)
        .androidInstanceIds(AlibabaSigningBenchmark.INSTANCE_IDS)
        .build();

    // The official client: tea-openapi takes the endpoint as host[:port] and the scheme from Config.protocol, which
    // overrides the operation's "HTTPS" (doRPCRequest: Common.defaultString(_protocol, protocol)).
    official = new com.aliyun.eds_aic20230930.Client(new Config()
        .setAccessKeyId(AlibabaSigningBenchmark.AK)
        .setAccessKeySecret(AlibabaSigningBenchmark.SK)
        .setRegionId("cn-shanghai")
        .setEndpoint(hostPort)
        .setProtocol("HTTP"));
    officialRequest = new com.aliyun.eds_aic20230930.models.DescribeAndroidInstancesRequest()
        .setMaxResults(INSTANCES)
        .setInstanceGroupId(AlibabaSigningBenchmark.INSTANCE_GROUP_ID)
        .setAndroidInstanceIds(AlibabaSigningBenchmark.INSTANCE_IDS);

    raw = new OkHttpClient();
    rawRequest = new Request.Builder()
        .url("http://" + hostPort + "/?Action=DescribeAndroidInstances&Version=2023-09-30&Format=json"
            + "&MaxResults=100&InstanceGroupId=" + AlibabaSigningBenchmark.INSTANCE_GROUP_ID
            + "&AndroidInstanceIds.1=" + AlibabaSigningBenchmark.INSTANCE_IDS.get(0)
            + "&AndroidInstanceIds.2=" + AlibabaSigningBenchmark.INSTANCE_IDS.get(1))
        .post(RequestBody.create(new byte[0], null))
        .build();

    // Every contender must really get and parse the whole page.
    check("ours", ours().instanceModel().size());
    check("raw + our parse", diag_rawPlusOurParse().instanceModel().size());
    check("official", official().getBody().getInstanceModel().size());
    check("ours again", ours().instanceModel().size());
    check("official again", official().getBody().getInstanceModel().size());
    int rawLength = raw().length;
    if (rawLength != body.length) {
      throw new IllegalStateException("raw OkHttp read " + rawLength + " of " + body.length + " bytes");
    }
    System.out.println("# page: " + INSTANCES + " instances, " + body.length + " bytes of JSON");
  }

  private static void check(String who, int instances) {
    if (instances != INSTANCES) {
      throw new IllegalStateException(who + " parsed " + instances + " instances instead of " + INSTANCES);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
  }

  /** Our client: sync describeAndroidInstances, V1-signed, parsed into immutable models. */
  @Benchmark
  public DescribeAndroidInstancesResponse ours() {
    return ours.describeAndroidInstances(ourRequest);
  }

  /** Diagnostic: the raw OkHttp POST with the body streamed through our mapper into our models. */
  @Benchmark
  public DescribeAndroidInstancesResponse diag_rawPlusOurParse() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return ourMapper.readValue(response.body().byteStream(), DescribeAndroidInstancesResponse.class);
    }
  }

  /** The official eds_aic20230930 Client.describeAndroidInstances on the same server and body. */
  @Benchmark
  public com.aliyun.eds_aic20230930.models.DescribeAndroidInstancesResponse official() throws Exception {
    return official.describeAndroidInstances(officialRequest);
  }

  /** The floor: a raw OkHttp POST of the same URL that reads all the body's bytes and parses nothing. */
  @Benchmark
  public byte[] raw() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return response.body().bytes();
    }
  }
}
