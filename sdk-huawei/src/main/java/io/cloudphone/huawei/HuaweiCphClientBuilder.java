package io.cloudphone.huawei;

import io.cloudphone.core.CloudPhoneClientBuilder;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.internal.Validate;
import io.cloudphone.huawei.internal.DefaultHuaweiCphClient;
import io.cloudphone.huawei.internal.HuaweiClientSettings;
import io.cloudphone.huawei.internal.HuaweiInvoker;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/** Configures a {@link HuaweiCphClient}: region, project, credentials and the shared HTTP settings. */
public final class HuaweiCphClientBuilder
    extends CloudPhoneClientBuilder<HuaweiCphClientBuilder, HuaweiCphClient> {
  private String region;
  private String projectId;
  private URI iamEndpointOverride;
  private Function<String, String> environment = System::getenv;

  HuaweiCphClientBuilder() {}

  /** The region, e.g. {@code cn-east-3}; its endpoint is {@code https://cph.{region}.myhuaweicloud.com}. */
  public HuaweiCphClientBuilder region(String region) {
    this.region = Validate.notNull("region", region);
    return this;
  }

  /**
   * The project to call in; optional: without it the SDK reads {@code HUAWEICLOUD_SDK_PROJECT_ID} or asks IAM
   * once for the project named after the region.
   */
  public HuaweiCphClientBuilder projectId(String projectId) {
    this.projectId = Validate.notNull("projectId", projectId);
    return this;
  }

  /**
   * Sends IAM calls (tokens, project discovery) here; defaults to the endpoint override, else the region's IAM.
   * Checked when the client is built as {@link #endpointOverride} is: {@code https}, or {@code http} only to a
   * literal loopback address unless {@link #allowPlainHttp(boolean) allowPlainHttp(true)}.
   */
  public HuaweiCphClientBuilder iamEndpointOverride(URI endpoint) {
    this.iamEndpointOverride = Validate.notNull("iamEndpointOverride", endpoint);
    return this;
  }

  /** Reads environment variables from {@code environment} instead of the process (for tests). */
  HuaweiCphClientBuilder environment(Function<String, String> environment) {
    this.environment = environment;
    return this;
  }

  /**
   * Builds the client.
   *
   * @throws IllegalArgumentException when the region is missing or has no known endpoint and none is overridden,
   *     or an endpoint (CPH or IAM) is not {@code https} without path, query or user info (plain HTTP only to
   *     loopback unless allowed)
   */
  @Override
  public HuaweiCphClient build() {
    Optional<URI> override = endpointOverride();
    if (region == null && override.isEmpty()) {
      throw new IllegalArgumentException("region is required, e.g. region(\"cn-east-3\")");
    }
    if (region != null && override.isEmpty() && !HuaweiRegions.isKnown(region)) {
      throw new IllegalArgumentException("region " + region + " has no known CPH endpoint; known regions are "
          + HuaweiRegions.CPH_REGIONS + " (or set endpointOverride)");
    }
    String effectiveRegion = region == null ? HuaweiClientSettings.UNSET_REGION : region;
    URI endpoint = checkEndpoint(override.orElseGet(() -> HuaweiRegions.cphEndpoint(effectiveRegion)),
        override.isPresent() ? "endpointOverride" : "region");
    // IAM receives passwords and signs project discovery: its endpoint passes the same check as CPH's.
    URI iam = iamEndpointOverride != null ? checkEndpoint(iamEndpointOverride, "iamEndpointOverride")
        : checkEndpoint(override.orElseGet(() -> HuaweiRegions.iamEndpoint(effectiveRegion)),
            override.isPresent() ? "endpointOverride" : "region");
    Optional<String> project = Optional.ofNullable(projectId)
        .or(() -> Optional.ofNullable(environment.apply(HuaweiCredentials.PROJECT_ID_VARIABLE))
            .filter(value -> !value.isBlank()));
    CredentialsProvider credentials = credentialsProvider().orElseGet(HuaweiCredentials::environment);
    HuaweiClientSettings settings = new HuaweiClientSettings(effectiveRegion, endpoint, iam, project,
        credentials, resolveHttpClient(), retryPolicy(), clock(), callDeadline(), maxResponseBytes(),
        callListener(), rateLimit());
    return new DefaultHuaweiCphClient(HuaweiInvoker.create(settings));
  }
}
