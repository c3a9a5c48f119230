package io.cloudphone.alibaba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.internal.Crypto;
import java.util.Base64;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Alibaba RPC V1 vectors of shared/vectors/SIGNING.md (A1, A2), reproduced byte for byte. */
class RpcSignatureV1Test {

  private static SortedMap<String, String> a1() {
    SortedMap<String, String> p = new TreeMap<>();
    p.put("AccessKeyId", "testid");
    p.put("Action", "DescribeRegions");
    p.put("Format", "XML");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    p.put("SignatureVersion", "1.0");
    p.put("Timestamp", "2016-02-23T12:46:24Z");
    p.put("Version", "2014-05-26");
    return p;
  }

  static SortedMap<String, String> a2() {
    SortedMap<String, String> p = new TreeMap<>();
    p.put("Action", "RebootAndroidInstancesInGroup");
    p.put("AndroidInstanceIds.1", "acp-28xhjzkdd7hquv4f1");
    p.put("AndroidInstanceIds.2", "acp-0bh4xle8ivbvhdqrl");
    p.put("ForceStop", "true");
    p.put("Format", "json");
    p.put("Version", "2023-09-30");
    p.put("AccessKeyId", "testid");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", "c0ffee00-0000-4000-8000-000000000001");
    p.put("Timestamp", "2025-01-02T03:04:05Z");
    return p;
  }

  @Test
  void sign_a1Get_matchesPublicGuide() {
    assertThat(RpcSignatureV1.sign("GET", a1(), "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  }

  @Test
  void sign_a1Post_matchesPublicGuide() {
    assertThat(RpcSignatureV1.sign("POST", a1(), "testsecret")).isEqualTo("MxbnVAM4w6sft9xjVpe/GCKueuk=");
  }

  @Test
  void sign_a2RebootInGroup_matchesOfficialLibrary() {
    assertThat(RpcSignatureV1.sign("POST", a2(), "testsecret")).isEqualTo("j3ZFjL0TZcK8hvBgiyxQ3X0qINU=");
  }

  @Test
  void stringToSign_a1Get_isMethodSlashAndEncodedCanonicalQuery() {
    String canonical = RpcSignatureV1.canonicalQuery(a1());
    assertThat(canonical).isEqualTo("AccessKeyId=testid&Action=DescribeRegions&Format=XML"
        + "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
        + "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26");
    assertThat(RpcSignatureV1.stringToSign("GET", canonical)).isEqualTo("GET&%2F&AccessKeyId%3Dtestid"
        + "%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1"
        + "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
        + "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
  }

  @Test
  void canonicalQuery_signatureAndSpecialCharacters_excludesSignatureAndEncodesLikeAlibaba() {
    SortedMap<String, String> p = new TreeMap<>();
    p.put("Signature", "must-not-be-signed");
    p.put("Name", "a b*c~d+e/f");
    p.put("Empty", "");
    assertThat(RpcSignatureV1.canonicalQuery(p)).isEqualTo("Empty=&Name=a%20b%2Ac~d%2Be%2Ff");
  }

  @Test
  void sign_nonAsciiAndPagingToken_equalsHmacOfTheSlowStringToSign() {
    SortedMap<String, String> p = a2();
    p.put("NextToken", "AAAAAV3MpHK1AP0p+fERHZN5pu6kw9dGL5j/ves2FS9RLq****");
    p.put("InstanceGroupName", "测试 组 😀 café");
    p.put("Signature", "ignored");
    String expected = Base64.getEncoder().encodeToString(Crypto.hmacSha1("testsecret&",
        RpcSignatureV1.stringToSign("POST", RpcSignatureV1.canonicalQuery(p))));
    assertThat(RpcSignatureV1.sign("POST", p, "testsecret")).isEqualTo(expected);
  }

  @Test
  void sign_mapWithOtherComparator_sortsNaturally() {
    SortedMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(a2());
    assertThat(RpcSignatureV1.sign("POST", reversed, "testsecret")).isEqualTo("j3ZFjL0TZcK8hvBgiyxQ3X0qINU=");
  }
}
