package io.cloudphone.benchmarks;

import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.http.HttpRequest;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.cph.v1.CphMeta;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.huawei.internal.BenchmarkAccess;
import io.cloudphone.huawei.internal.BoundRequest;
import io.cloudphone.huawei.internal.HuaweiJson;
import io.cloudphone.huawei.internal.HuaweiRequestBinder;
import io.cloudphone.huawei.internal.operations.PhoneOperations;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Signing one typical GET: ListCloudPhones?server_id=..&limit=..&offset=.. on cph.cn-north-4.myhuaweicloud.com
 * with an X-Project-Id header, SDK-HMAC-SHA256, signed headers host;x-project-id;x-sdk-date.
 *
 * <p>Pairs measured in the same run:
 * <ul>
 *   <li>{@code ours_perCall} vs {@code official_perCall}: typed request to signed request, i.e. what each client
 *       does per call before the HTTP layer (ours: HuaweiRequestBinder.bind + AkSkSigning.sign; official:
 *       HcClient.buildRequest + BasicCredentials.syncProcessAuthRequest).</li>
 *   <li>{@code ours_sign} vs {@code official_sign}: the signer alone on an already laid-out request (ours:
 *       AkSkSigning.sign per attempt; official: AKSKSigner.sign). The official signer re-derives the canonical
 *       URI and query from the request on every call; ours reuses the canonical text bound once per call.</li>
 *   <li>{@code ours_bindOnly}: the binding half of {@code ours_perCall}, to attribute its time and bytes.</li>
 *   <li>{@code baseline_sha256AndHmac}: SHA-256 of the canonical request plus HMAC-SHA256 of the string to sign,
 *       with a warm digest and an initialised Mac: the cryptography any signer must do.</li>
 * </ul>
 * {@code setup} checks that both signers produce the same Authorization header for the same date.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {
  static final String AK = "HPUABENCHMARKAKEXAMPLE";
  static final String SK = "benchmarkSecretKeyExample0123456789abcdefgh";
  static final String PROJECT_ID = "0b5f0a2c7e8b4e2a9d3c1f6e5a4b3c2d";
  static final String SERVER_ID = "88b8449b896f3a4f0ad57222dd91909a";
  static final URI ENDPOINT = URI.create("https://cph.cn-north-4.myhuaweicloud.com");

  private HuaweiRequestBinder binder;
  private ListCloudPhonesRequest ourRequest;
  private BoundRequest bound;
  private String host;
  private AccessKeyCredentials ourCredentials;

  private ExposedHcClient hcClient;
  private com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest officialTyped;
  private HttpRequest officialBuilt;
  private HttpRequest officialSignable;
  private BasicCredentials officialCredentials;

  private MessageDigest sha256;
  private Mac hmac;
  private byte[] canonicalRequestBytes;
  private byte[] stringToSignBytes;

  @Setup
  public void setup() throws Exception {
    binder = new HuaweiRequestBinder(HuaweiJson.mapper());
    ourRequest = ListCloudPhonesRequest.builder().serverId(SERVER_ID).limit(100).offset(0).build();
    bound = BenchmarkAccess.bind(binder, PhoneOperations.LIST_CLOUD_PHONES, ourRequest, PROJECT_ID);
    host = BenchmarkAccess.hostHeader(ENDPOINT);
    ourCredentials = AccessKeyCredentials.of(AK, SK);

    officialCredentials = new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT_ID);
    hcClient = new ExposedHcClient();
    hcClient.withEndpoints(List.of(ENDPOINT.toString())).withCredential(officialCredentials);
    officialTyped = new com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest()
        .withServerId(SERVER_ID).withLimit(100).withOffset(0);
    officialBuilt = hcClient.build(officialTyped, CphMeta.listCloudPhones);
    // The equivalent request for the signer alone: what BasicCredentials hands to AKSKSigner (project id filled
    // in, X-Project-Id set), without the User-Agent header HcClient.buildRequest adds and the official signer
    // also signs, so that both signers sign exactly host;x-project-id;x-sdk-date.
    officialSignable = HttpRequest.newBuilder()
        .withEndpoint(ENDPOINT.toString())
        .withPath("/v1/{project_id}/cloud-phone/phones")
        .withMethod(com.huaweicloud.sdk.core.http.HttpMethod.GET)
        .withContentType("application/json")
        .addQueryParam("offset", List.of("0"))
        .addQueryParam("limit", List.of("100"))
        .addQueryParam("server_id", List.of(SERVER_ID))
        .addAutoFilledPathParam(officialCredentials.getPathParams())
        .addHeader("X-Project-Id", PROJECT_ID)
        .build();

    sha256 = MessageDigest.getInstance("SHA-256");
    hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(SK.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String canonical = "GET\n" + bound.canonicalUri() + "\n" + bound.canonicalQuery() + "\nhost:" + host
        + "\nx-project-id:" + PROJECT_ID + "\nx-sdk-date:20250101T000000Z\n\nhost;x-project-id;x-sdk-date\n"
        + bound.payloadHash();
    canonicalRequestBytes = canonical.getBytes(StandardCharsets.UTF_8);
    stringToSignBytes = ("SDK-HMAC-SHA256\n20250101T000000Z\n" + "0".repeat(64)).getBytes(StandardCharsets.UTF_8);

    crossCheck();
  }

  /** Both signers must agree on the same request and date, or the comparison is meaningless. */
  private void crossCheck() {
    String date = "20250101T000000Z";
    Request.Builder builder = BenchmarkAccess.requestBuilder(ENDPOINT, bound);
    BenchmarkAccess.sign(builder, bound, host, PROJECT_ID, ourCredentials, Instant.parse("2025-01-01T00:00:00Z"));
    Request ours = builder.build();
    HttpRequest dated = officialSignable.builder().addHeader("X-Sdk-Date", date).build();
    Map<String, String> official = AKSKSigner.getInstance().sign(dated, officialCredentials);
    if (!ours.header("Authorization").equals(official.get("Authorization"))) {
      throw new IllegalStateException("signers disagree:\n ours     " + ours.header("Authorization")
          + "\n official " + official.get("Authorization") + "\n our url  " + ours.url()
          + "\n official url " + dated.getUrl());
    }
  }

  /** Ours, per call: bind the typed request (path, canonical query, payload hash) and sign it. */
  @Benchmark
  public Request.Builder ours_perCall() {
    BoundRequest b = BenchmarkAccess.bind(binder, PhoneOperations.LIST_CLOUD_PHONES, ourRequest, PROJECT_ID);
    Request.Builder builder = new Request.Builder();
    BenchmarkAccess.sign(builder, b, host, PROJECT_ID, ourCredentials, Instant.now());
    return builder;
  }

  /** Ours, the per-call half alone: HuaweiRequestBinder.bind (Jackson tree, path, canonical query, hash). */
  @Benchmark
  public BoundRequest ours_bindOnly() {
    return BenchmarkAccess.bind(binder, PhoneOperations.LIST_CLOUD_PHONES, ourRequest, PROJECT_ID);
  }

  /** Ours, per attempt: sign the bound request (date, headers, Authorization). */
  @Benchmark
  public Request.Builder ours_sign() {
    Request.Builder builder = new Request.Builder();
    BenchmarkAccess.sign(builder, bound, host, PROJECT_ID, ourCredentials, Instant.now());
    return builder;
  }

  /** Official, per call: HcClient.buildRequest + BasicCredentials.syncProcessAuthRequest (signs inside). */
  @Benchmark
  public HttpRequest official_perCall() {
    HttpRequest built = hcClient.build(officialTyped, CphMeta.listCloudPhones);
    return officialCredentials.syncProcessAuthRequest(built, null);
  }

  /** Official signer alone: AKSKSigner.sign on the request BasicCredentials would hand it. */
  @Benchmark
  public Map<String, String> official_sign() {
    return AKSKSigner.getInstance().sign(officialSignable, officialCredentials);
  }

  /** The cryptography alone: SHA-256 of the canonical request and HMAC-SHA256 of the string to sign. */
  @Benchmark
  public void baseline_sha256AndHmac(Blackhole bh) {
    bh.consume(sha256.digest(canonicalRequestBytes));
    bh.consume(hmac.doFinal(stringToSignBytes));
  }

  /** Exposes the official client's protected request builder (typed request to HttpRequest). */
  static final class ExposedHcClient extends HcClient {
    ExposedHcClient() {
      super(HttpConfig.getDefaultHttpConfig());
    }

    <R, S> HttpRequest build(R request, HttpRequestDef<R, S> def) {
      return buildRequest(request, def);
    }
  }
}
