package io.cloudphone.huawei.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.internal.Crypto;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Huawei vectors of shared/vectors/SIGNING.md, reproduced byte for byte. */
class HuaweiSignerTest {
  private static final String H2_AK = "AKEXAMPLE0000000TEST";
  private static final String H2_SK = "SKexample0000000000000000000000000000TEST";
  private static final String H2_PROJECT = "0123456789abcdef0123456789abcdef";

  @Test
  void h1_publicGuide_matchesCanonicalHashAndSignature() {
    String canonicalQuery = HuaweiCanonical.canonicalQuery(List.of(
        Map.entry("limit", "2"), Map.entry("marker", "13551d6b-755d-4757-b956-536f674975c0")));
    String canonicalUri = HuaweiCanonical.canonicalUri(List.of("v1", "77b6a44cba5143ab91d13ab9a8ff44fd", "vpcs"));
    String canonicalRequest = "GET\n" + canonicalUri + "\n" + canonicalQuery + "\n"
        + "content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n"
        + "content-type;host;x-sdk-date\n" + Crypto.sha256Hex(new byte[0]);
    assertThat(HuaweiSigner.canonicalRequestHash(canonicalRequest))
        .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");

    String authorization = HuaweiSigner.authorization("QTWAOYTTINDUT2QVKYUC",
        "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", "GET", canonicalUri, canonicalQuery,
        List.of("content-type", "application/json", "host", "service.region.example.com",
            "x-sdk-date", "20191115T033655Z"),
        Crypto.sha256Hex(new byte[0]), "20191115T033655Z");
    assertThat(authorization).isEqualTo("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
        + "SignedHeaders=content-type;host;x-sdk-date, "
        + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  }

  @Test
  void h1Prime_withoutContentType_matchesSignature() {
    String authorization = HuaweiSigner.authorization("QTWAOYTTINDUT2QVKYUC",
        "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", "GET",
        HuaweiCanonical.canonicalUri(List.of("v1", "77b6a44cba5143ab91d13ab9a8ff44fd", "vpcs")),
        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
        List.of("host", "service.region.example.com", "x-sdk-date", "20191115T033655Z"),
        Crypto.sha256Hex(new byte[0]), "20191115T033655Z");
    assertThat(authorization)
        .endsWith("Signature=faafba090046ef84c81ca330e77576d8746733ddfcf0317aaeb59cff50da39a7");
  }

  static Stream<Arguments> officialSignerVectors() {
    return Stream.of(
        Arguments.of("GET", List.of("v1", H2_PROJECT, "cloud-phone", "phones"),
            List.of(Map.entry("phone_name", "my phone/测试+*~"), Map.entry("offset", "0"),
                Map.entry("limit", "100"), Map.entry("server_id", "a=b&c"), Map.entry("status", "")),
            "", "46095559abf1e819c4f29775e953e762a38264dd94deb3183a7630d4a0e3a89e"),
        Arguments.of("POST", List.of("v1", H2_PROJECT, "cloud-phone", "phones", "batch-restart"), List.of(),
            "{\"phones\":[{\"phone_id\":\"1234567890abcdef\",\"property\":\"{\\\"com.cph.mainkeys\\\":0}\"}]}",
            "14c9478a81fb11e9a67c7ba5e75046e986c5b857e8a25b3fa156e6600da252db"),
        Arguments.of("PUT", List.of("v1", H2_PROJECT, "cloud-phone", "servers", "srv-0001"), List.of(),
            "{\"server_name\":\"new name\"}",
            "e73ac74655aa834efe0d6780d3a7d6a0d4c567dce9ebbaf55ed5a37fc01c3cc8"));
  }

  @ParameterizedTest
  @MethodSource("officialSignerVectors")
  void h2_officialSigner_matchesSignature(String method, List<String> segments,
      List<Map.Entry<String, String>> query, String body, String expected) {
    String authorization = HuaweiSigner.authorization(H2_AK, H2_SK, method,
        HuaweiCanonical.canonicalUri(segments), HuaweiCanonical.canonicalQuery(query),
        List.of("host", "cph.cn-north-4.myhuaweicloud.com", "user-agent", "huaweicloud-usdk-java/3.0",
            "x-project-id", H2_PROJECT, "x-sdk-date", "20240102T030405Z"),
        Crypto.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), "20240102T030405Z");
    assertThat(authorization).isEqualTo("SDK-HMAC-SHA256 Access=" + H2_AK
        + ", SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=" + expected);
  }

  @Test
  void h2_canonicalQuery_encodesSpaceSlashPlusStarAndKeepsTilde() {
    assertThat(HuaweiCanonical.canonicalQuery(List.of(Map.entry("phone_name", "my phone/测试+*~"),
        Map.entry("offset", "0"), Map.entry("limit", "100"), Map.entry("server_id", "a=b&c"),
        Map.entry("status", ""))))
        .isEqualTo("limit=100&offset=0&phone_name=my%20phone%2F%E6%B5%8B%E8%AF%95%2B%2A~"
            + "&server_id=a%3Db%26c&status=");
  }

  @Test
  void postBody_hashMatchesVector() {
    String body = "{\"phones\":[{\"phone_id\":\"1234567890abcdef\",\"property\":\"{\\\"com.cph.mainkeys\\\":0}\"}]}";
    assertThat(Crypto.sha256Hex(body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("991a04978d8def2354ce6e6abd68d933f1f9b249cc6deda9901078d76ec20597");
  }

  @Test
  void sdkDate_formatsUtcCompactly() {
    assertThat(HuaweiSigner.sdkDate(Instant.parse("2024-01-02T03:04:05.999Z"))).isEqualTo("20240102T030405Z");
  }
}
