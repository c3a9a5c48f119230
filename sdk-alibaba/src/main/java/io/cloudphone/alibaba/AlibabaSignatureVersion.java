package io.cloudphone.alibaba;

/** How requests to Alibaba Cloud are signed. */
public enum AlibabaSignatureVersion {
  /** RPC signature V1: HMAC-SHA1 over the sorted parameters; the default, as the official SDK for eds-aic. */
  V1_HMAC_SHA1,
  /** ACS3-HMAC-SHA256 (signature V3): HMAC-SHA256 over a canonical request with x-acs-* headers. */
  ACS3_HMAC_SHA256
}
