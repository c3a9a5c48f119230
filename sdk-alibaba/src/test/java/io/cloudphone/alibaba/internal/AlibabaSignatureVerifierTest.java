package io.cloudphone.alibaba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.internal.Crypto;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Both Alibaba algorithms: what verifies, and the reason given for what does not. */
class AlibabaSignatureVerifierTest {
  private static final Function<String, String> SECRETS =
      Map.of("testid", "testsecret", "YourAccessKeyId", "YourAccessKeySecret")::get;
  private static final Instant A2_TIME = Instant.parse("2025-01-02T03:04:05Z");
  private static final Instant A3_TIME = Instant.parse("2023-10-26T10:22:32Z");

  private static Map<String, String> signedV1() {
    SortedMap<String, String> params = RpcSignatureV1Test.a2();
    params.put("Signature", RpcSignatureV1.sign("POST", params, "testsecret"));
    return params;
  }

  @Test
  void verifyV1_a2Signed_isValid() {
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", signedV1(), SECRETS, A2_TIME.plusSeconds(30))).isEmpty();
  }

  @Test
  void verifyV1_publishedA2Signature_isValid() {
    Map<String, String> params = new TreeMap<>(RpcSignatureV1Test.a2());
    params.put("Signature", "j3ZFjL0TZcK8hvBgiyxQ3X0qINU=");
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", params, SECRETS, A2_TIME)).isEmpty();
  }

  @Test
  void verifyV1_tamperedParameter_signatureDoesNotMatch() {
    Map<String, String> params = signedV1();
    params.put("AndroidInstanceIds.2", "acp-someone-else");
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", params, SECRETS, A2_TIME))
        .hasValueSatisfying(r -> assertThat(r).startsWith("SignatureDoesNotMatch"));
  }

  @Test
  void verifyV1_otherMethod_signatureDoesNotMatch() {
    assertThat(AlibabaSignatureVerifier.verifyV1("GET", signedV1(), SECRETS, A2_TIME)).isPresent();
  }

  @Test
  void verifyV1_unknownKey_saysAccessKeyNotFound() {
    Map<String, String> params = signedV1();
    params.put("AccessKeyId", "nobody");
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", params, SECRETS, A2_TIME))
        .hasValueSatisfying(r -> assertThat(r).startsWith("InvalidAccessKeyId.NotFound").contains("nobody"));
  }

  @Test
  void verifyV1_wrongSecret_signatureDoesNotMatchWithoutQuotingSecrets() {
    SortedMap<String, String> params = RpcSignatureV1Test.a2();
    params.put("Signature", RpcSignatureV1.sign("POST", params, "wrongsecret"));
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", params, SECRETS, A2_TIME))
        .hasValueSatisfying(r -> assertThat(r).startsWith("SignatureDoesNotMatch")
            .doesNotContain("testsecret").doesNotContain("wrongsecret").doesNotContain(params.get("Signature")));
  }

  @Test
  void verifyV1_timestampSixteenMinutesOld_illegalTimestampSaysBehind() {
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", signedV1(), SECRETS, A2_TIME.plus(Duration.ofMinutes(16))))
        .hasValueSatisfying(r -> assertThat(r).startsWith("IllegalTimestamp").contains("16 minutes behind"));
  }

  @Test
  void verifyV1_timestampInTheFuture_illegalTimestampSaysAhead() {
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", signedV1(), SECRETS, A2_TIME.minus(Duration.ofMinutes(20))))
        .hasValueSatisfying(r -> assertThat(r).contains("20 minutes ahead of"));
  }

  @Test
  void verifyV1_fourteenMinutesAway_isValid() {
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", signedV1(), SECRETS, A2_TIME.plus(Duration.ofMinutes(14))))
        .isEmpty();
  }

  @Test
  void verifyV1_missingNonce_namesTheParameter() {
    Map<String, String> params = signedV1();
    params.remove("SignatureNonce");
    assertThat(AlibabaSignatureVerifier.verifyV1("POST", params, SECRETS, A2_TIME))
        .hasValueSatisfying(r -> assertThat(r).startsWith("MissingParameter").contains("SignatureNonce"));
  }

  /** An ACS3 request as received: headers by case-insensitive name, body, query. */
  private static final class Acs3Request {
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final SortedMap<String, String> query = Acs3SignatureTest.a3Query();
    byte[] body = "Name=phone%201&Tag.1.Key=k".getBytes(StandardCharsets.UTF_8);

    Acs3Request(String accessKeyId, String secret) {
      SortedMap<String, String> signed = new TreeMap<>(Acs3SignatureTest.a3Headers());
      signed.put("x-acs-content-sha256", Crypto.sha256Hex(body));
      signed.put("content-type", "application/x-www-form-urlencoded");
      headers.putAll(signed);
      headers.put("User-Agent", "not-signed/1.0");
      headers.put("Authorization", Acs3Signature.authorization("POST", "/", query, signed,
          signed.get("x-acs-content-sha256"), accessKeyId, secret));
    }

    java.util.Optional<String> verify(Instant now) {
      return AlibabaSignatureVerifier.verifyAcs3("POST", "/", query, headers::get, body, SECRETS, now);
    }
  }

  @Test
  void verifyAcs3_signedRequest_isValid() {
    assertThat(new Acs3Request("YourAccessKeyId", "YourAccessKeySecret").verify(A3_TIME)).isEmpty();
  }

  @Test
  void verifyAcs3_publishedA3Request_isValid() {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(Acs3SignatureTest.a3Headers());
    headers.put("Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
        + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    assertThat(AlibabaSignatureVerifier.verifyAcs3("POST", "/", Acs3SignatureTest.a3Query(), headers::get,
        new byte[0], SECRETS, A3_TIME)).isEmpty();
  }

  @Test
  void verifyAcs3_tamperedQuery_signatureDoesNotMatch() {
    Acs3Request request = new Acs3Request("YourAccessKeyId", "YourAccessKeySecret");
    request.query.put("RegionId", "cn-hangzhou");
    assertThat(request.verify(A3_TIME)).hasValueSatisfying(r -> assertThat(r).startsWith("SignatureDoesNotMatch"));
  }

  @Test
  void verifyAcs3_tamperedBody_contentHashDoesNotMatch() {
    Acs3Request request = new Acs3Request("YourAccessKeyId", "YourAccessKeySecret");
    request.body = "Name=phone%202".getBytes(StandardCharsets.UTF_8);
    assertThat(request.verify(A3_TIME)).hasValueSatisfying(r -> assertThat(r).contains("x-acs-content-sha256"));
  }

  @Test
  void verifyAcs3_unknownKey_saysAccessKeyNotFound() {
    assertThat(new Acs3Request("nobody", "YourAccessKeySecret").verify(A3_TIME))
        .hasValueSatisfying(r -> assertThat(r).startsWith("InvalidAccessKeyId.NotFound"));
  }

  @Test
  void verifyAcs3_wrongSecret_signatureDoesNotMatch() {
    assertThat(new Acs3Request("YourAccessKeyId", "not-the-secret").verify(A3_TIME))
        .hasValueSatisfying(r -> assertThat(r).startsWith("SignatureDoesNotMatch").doesNotContain("not-the-secret"));
  }

  @Test
  void verifyAcs3_dateSixteenMinutesOld_illegalTimestamp() {
    assertThat(new Acs3Request("YourAccessKeyId", "YourAccessKeySecret").verify(A3_TIME.plusSeconds(16 * 60)))
        .hasValueSatisfying(r -> assertThat(r).startsWith("IllegalTimestamp").contains("x-acs-date"));
  }

  @Test
  void verifyAcs3_sentButUnsignedContentType_isIncomplete() {
    Acs3Request request = new Acs3Request("YourAccessKeyId", "YourAccessKeySecret");
    String authorization = request.headers.get("Authorization").replace("content-type;", "");
    request.headers.put("Authorization", authorization);
    assertThat(request.verify(A3_TIME))
        .hasValueSatisfying(r -> assertThat(r.toLowerCase(Locale.ROOT)).contains("content-type"));
  }
}
