package io.cloudphone.alibaba;

/** How requests to Alibaba Cloud are signed. */
public enum AlibabaSignatureVersion {
  /**
   * RPC signature V1: HMAC-SHA1 over the sorted parameters. {@code Signature} and {@code SecurityToken} travel in
   * the URL query, where proxies and access logs keep them; Alibaba calls this method discontinued in favour of
   * V3. Kept for gateways that accept nothing else.
   */
  V1_HMAC_SHA1,
  /**
   * ACS3-HMAC-SHA256 (signature method V3), the default: HMAC-SHA256 over a canonical request with x-acs-*
   * headers; the signature goes in {@code Authorization} and the STS token in {@code x-acs-security-token}.
   */
  ACS3_HMAC_SHA256
}
