package io.cloudphone.alibaba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.internal.Crypto;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Alibaba ACS3-HMAC-SHA256 vector of shared/vectors/SIGNING.md (A3), reproduced byte for byte. */
class Acs3SignatureTest {

  static SortedMap<String, String> a3Query() {
    SortedMap<String, String> q = new TreeMap<>();
    q.put("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
    q.put("RegionId", "cn-shanghai");
    return q;
  }

  static SortedMap<String, String> a3Headers() {
    SortedMap<String, String> h = new TreeMap<>();
    h.put("host", "ecs.cn-shanghai.aliyuncs.com");
    h.put("x-acs-action", "RunInstances");
    h.put("x-acs-version", "2014-05-26");
    h.put("x-acs-date", "2023-10-26T10:22:32Z");
    h.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
    h.put("x-acs-content-sha256", Crypto.sha256Hex(new byte[0]));
    return h;
  }

  @Test
  void canonicalRequestHash_a3PublicGuide_matchesPublishedHash() {
    assertThat(Acs3Signature.canonicalRequestHash("POST", "/", a3Query(), a3Headers(), Crypto.sha256Hex(new byte[0])))
        .isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
  }

  @Test
  void authorization_a3PublicGuide_matchesPublishedSignature() {
    String authorization = Acs3Signature.authorization("POST", "/", a3Query(), a3Headers(),
        Crypto.sha256Hex(new byte[0]), "YourAccessKeyId", "YourAccessKeySecret");
    assertThat(authorization).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
        + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
        + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
  }

  @Test
  void canonicalRequest_a3_hasOneLinePerPart() {
    String empty = Crypto.sha256Hex(new byte[0]);
    assertThat(Acs3Signature.canonicalRequest("POST", "/", a3Query(), a3Headers(), empty)).isEqualTo("POST\n/\n"
        + "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
        + "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\nx-acs-content-sha256:" + empty + "\n"
        + "x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-version:2014-05-26\n\n"
        + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" + empty);
  }
}
