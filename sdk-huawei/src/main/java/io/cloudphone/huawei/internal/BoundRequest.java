package io.cloudphone.huawei.internal;

import io.cloudphone.core.internal.HttpMethod;

/**
 * A request laid out for the wire and for signing: the encoded path and canonical query are the same text in
 * both places, so what the gateway re-canonicalises is exactly what was signed.
 *
 * @param method the HTTP method
 * @param encodedPath the percent-encoded path without a trailing slash
 * @param canonicalQuery the sorted, percent-encoded query, empty when there is none
 * @param body the JSON body, or null for a bodiless request
 * @param payloadHash hex SHA-256 of the body (of nothing when bodiless)
 */
public record BoundRequest(
    HttpMethod method, String encodedPath, String canonicalQuery, byte[] body, String payloadHash) {

  /** The canonical URI: the encoded path ending in exactly one slash. */
  public String canonicalUri() {
    return encodedPath.endsWith("/") ? encodedPath : encodedPath + "/";
  }
}
