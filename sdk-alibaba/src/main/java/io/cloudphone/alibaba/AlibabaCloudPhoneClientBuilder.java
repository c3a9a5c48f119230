package io.cloudphone.alibaba;

import io.cloudphone.alibaba.internal.AlibabaClientSettings;
import io.cloudphone.alibaba.internal.AlibabaInvoker;
import io.cloudphone.alibaba.internal.DefaultAlibabaCloudPhoneClient;
import io.cloudphone.core.CloudPhoneClientBuilder;
import io.cloudphone.core.internal.Validate;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Configures an {@link AlibabaCloudPhoneClient}: region, signing, credentials and the shared HTTP settings. */
public final class AlibabaCloudPhoneClientBuilder
    extends CloudPhoneClientBuilder<AlibabaCloudPhoneClientBuilder, AlibabaCloudPhoneClient> {
  private String regionId;
  private AlibabaSignatureVersion signatureVersion = AlibabaSignatureVersion.ACS3_HMAC_SHA256;
  private Supplier<String> nonces = () -> UUID.randomUUID().toString();

  AlibabaCloudPhoneClientBuilder() {}

  /** The region, e.g. {@code cn-shanghai}; its endpoint is {@code https://eds-aic.{regionId}.aliyuncs.com}. */
  public AlibabaCloudPhoneClientBuilder regionId(String regionId) {
    this.regionId = Validate.notNull("regionId", regionId);
    return this;
  }

  /**
   * How requests are signed; ACS3-HMAC-SHA256 by default, which keeps the signature and the STS token in headers.
   * {@link AlibabaSignatureVersion#V1_HMAC_SHA1} puts both in the URL query, where proxies and access logs keep them.
   */
  public AlibabaCloudPhoneClientBuilder signatureVersion(AlibabaSignatureVersion version) {
    this.signatureVersion = Validate.notNull("signatureVersion", version);
    return this;
  }

  /** Supplies signature nonces (tests pin them); random UUIDs by default, a fresh one every attempt. */
  AlibabaCloudPhoneClientBuilder nonces(Supplier<String> nonces) {
    this.nonces = nonces;
    return this;
  }

  /**
   * Builds the client.
   *
   * @throws IllegalArgumentException when the region is missing, or unknown without an endpoint override, or the
   *     endpoint is not {@code https} without path, query or user info (plain HTTP only to loopback unless allowed)
   */
  @Override
  public AlibabaCloudPhoneClient build() {
    Optional<URI> override = endpointOverride();
    if (regionId == null && override.isEmpty()) {
      throw new IllegalArgumentException("regionId is required, e.g. regionId(\"cn-shanghai\")");
    }
    if (regionId != null && override.isEmpty() && !AlibabaRegions.isKnown(regionId)) {
      throw new IllegalArgumentException("regionId " + regionId + " has no known eds-aic endpoint; known: "
          + AlibabaRegions.KNOWN_REGIONS + " (or set endpointOverride)");
    }
    String region = regionId == null ? "local" : regionId;
    URI endpoint = checkEndpoint(override.orElseGet(() -> AlibabaRegions.endpoint(region)),
        override.isPresent() ? "endpointOverride" : "regionId");
    AlibabaClientSettings settings = new AlibabaClientSettings(region, endpoint, signatureVersion,
        credentialsProvider().orElseGet(AlibabaCredentials::environment), resolveHttpClient(), retryPolicy(),
        clock(), nonces, callDeadline(), maxResponseBytes(), callListener(), rateLimit());
    return new DefaultAlibabaCloudPhoneClient(AlibabaInvoker.create(settings), region);
  }
}
