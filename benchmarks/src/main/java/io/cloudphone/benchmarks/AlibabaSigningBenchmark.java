package io.cloudphone.benchmarks;

import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.alibaba.internal.AlibabaJson;
import io.cloudphone.alibaba.internal.BenchmarkAccess;
import io.cloudphone.alibaba.internal.RpcParameters;
import io.cloudphone.alibaba.internal.RpcRequestBinder;
import io.cloudphone.alibaba.internal.RpcSignatureV1;
import io.cloudphone.alibaba.internal.operations.InstanceOperations;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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

/**
 * Signing one typical eds-aic request with RPC signature V1 (HMAC-SHA1): DescribeAndroidInstances with MaxResults,
 * InstanceGroupId and two AndroidInstanceIds, plus the common parameters Action, Version, Format, AccessKeyId,
 * SignatureMethod, SignatureVersion, SignatureNonce and Timestamp (12 signed parameters).
 *
 * <p>Measured in the same run:
 * <ul>
 *   <li>{@code ours_signature} vs {@code official_signature}: the signature alone over the same decoded parameter
 *       map (ours: {@link RpcSignatureV1#sign}; official: {@code com.aliyun.openapiutil.Client.getRPCSignature}
 *       0.2.2, which tea-openapi's doRPCRequest calls on every attempt).</li>
 *   <li>{@code ours_perAttempt}: what our client does per attempt ({@code AlibabaRequestSigner.sign}: keys, common
 *       parameters with a fresh UUID nonce and timestamp, the signature, the encoded URL and the OkHttp POST).</li>
 *   <li>{@code ours_perCall}: {@code RpcRequestBinder.bind} (typed request to parameters, once per call) plus one
 *       attempt.</li>
 *   <li>{@code baseline_hmacSha1}: HMAC-SHA1 of the string to sign with an initialised Mac, the cryptography any
 *       V1 signer must do.</li>
 * </ul>
 * {@code setup} checks that both signers produce the same signature for the same parameters, and that the
 * Signature our per-attempt signer puts in the URL is the official signature of that URL's parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AlibabaSigningBenchmark {
  static final String AK = "LTAI5tBenchmarkAkExample";
  static final String SK = "benchmarkAccessKeySecretExample0";
  static final String INSTANCE_GROUP_ID = "ag-ayyhomlal7po0001";
  static final List<String> INSTANCE_IDS = List.of("acp-8at8h6ejkadjh0001", "acp-8at8h6ejkadjh0002");
  static final int MAX_RESULTS = 100;
  static final URI ENDPOINT = URI.create("https://eds-aic.cn-shanghai.aliyuncs.com");

  private TreeMap<String, String> params;
  private Map<String, String> officialParams;
  private RpcRequestBinder binder;
  private DescribeAndroidInstancesRequest typed;
  private RpcParameters bound;
  private BenchmarkAccess.Signer signer;
  private Mac hmac;
  private byte[] stringToSignBytes;

  @Setup
  public void setup() throws Exception {
    params = new TreeMap<>();
    params.put("Action", "DescribeAndroidInstances");
    params.put("Version", "2023-09-30");
    params.put("Format", "json");
    params.put("AccessKeyId", AK);
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", "3f2a1c9e-7b4d-4e8a-9c1f-5d6e7f8a9b0c");
    params.put("Timestamp", "2025-01-01T00:00:00Z");
    params.put("MaxResults", String.valueOf(MAX_RESULTS));
    params.put("InstanceGroupId", INSTANCE_GROUP_ID);
    params.put("AndroidInstanceIds.1", INSTANCE_IDS.get(0));
    params.put("AndroidInstanceIds.2", INSTANCE_IDS.get(1));
    officialParams = new HashMap<>(params); // tea-openapi hands the signer a HashMap (TeaConverter.merge)

    binder = new RpcRequestBinder(AlibabaJson.mapper());
    typed = DescribeAndroidInstancesRequest.builder()
        .maxResults(MAX_RESULTS).instanceGroupId(INSTANCE_GROUP_ID).androidInstanceIds(INSTANCE_IDS).build();
    bound = binder.bind(InstanceOperations.DESCRIBE_ANDROID_INSTANCES, typed);
    signer = BenchmarkAccess.v1Signer(ENDPOINT, AlibabaCredentials.accessKey(AK, SK),
        () -> UUID.randomUUID().toString()); // the client's default nonce supplier

    hmac = Mac.getInstance("HmacSHA1");
    hmac.init(new SecretKeySpec((SK + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    stringToSignBytes = RpcSignatureV1.stringToSign("POST", RpcSignatureV1.canonicalQuery(params))
        .getBytes(StandardCharsets.UTF_8);

    crossCheck();
  }

  /** Both signers must agree on the same parameters, or the comparison is meaningless. */
  private void crossCheck() throws Exception {
    String ours = RpcSignatureV1.sign("POST", params, SK);
    String official = com.aliyun.openapiutil.Client.getRPCSignature(officialParams, "POST", SK);
    if (!ours.equals(official)) {
      throw new IllegalStateException("signers disagree: ours " + ours + ", official " + official);
    }
    // The per-attempt signer: its URL's parameters, Signature removed, must carry the official signature.
    BenchmarkAccess.Signer fixedNonce = BenchmarkAccess.v1Signer(ENDPOINT, AlibabaCredentials.accessKey(AK, SK),
        () -> params.get("SignatureNonce"));
    Request attempt = fixedNonce.sign("DescribeAndroidInstances", bound, Instant.parse(params.get("Timestamp")));
    Map<String, String> sent = new HashMap<>();
    for (String name : attempt.url().queryParameterNames()) {
      sent.put(name, attempt.url().queryParameter(name));
    }
    String signature = sent.remove("Signature");
    if (!sent.equals(officialParams)) {
      throw new IllegalStateException("per-attempt parameters differ: " + new TreeMap<>(sent) + " vs " + params);
    }
    String expected = com.aliyun.openapiutil.Client.getRPCSignature(sent, "POST", SK);
    if (!expected.equals(signature)) {
      throw new IllegalStateException("per-attempt signature " + signature + ", official " + expected);
    }
  }

  /** Ours: the V1 signature alone (per-thread buffer, double encoding in one pass, cached keyed Mac). */
  @Benchmark
  public String ours_signature() {
    return RpcSignatureV1.sign("POST", params, SK);
  }

  /** The official openapiutil 0.2.2 V1 signer on the same parameters. */
  @Benchmark
  public String official_signature() throws Exception {
    return com.aliyun.openapiutil.Client.getRPCSignature(officialParams, "POST", SK);
  }

  /** Ours, per attempt: AlibabaRequestSigner.sign (nonce, timestamp, common parameters, signature, OkHttp POST). */
  @Benchmark
  public Request ours_perAttempt() {
    return signer.sign("DescribeAndroidInstances", bound, Instant.now());
  }

  /** Ours, per call: RpcRequestBinder.bind of the typed request, then one attempt. */
  @Benchmark
  public Request ours_perCall() {
    RpcParameters parameters = binder.bind(InstanceOperations.DESCRIBE_ANDROID_INSTANCES, typed);
    return signer.sign("DescribeAndroidInstances", parameters, Instant.now());
  }

  /** The cryptography alone: HMAC-SHA1 of the string to sign with an initialised Mac. */
  @Benchmark
  public byte[] baseline_hmacSha1() {
    return hmac.doFinal(stringToSignBytes);
  }
}
