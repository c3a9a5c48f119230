package io.cloudphone.huawei.internal;

import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.auth.CredentialsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Everything a Huawei client needs, resolved by the builder.
 *
 * @param region the region id, e.g. cn-east-3, or {@link #UNSET_REGION}
 * @param endpoint the CPH endpoint
 * @param iamEndpoint the IAM endpoint
 * @param projectId the configured project id, if any
 * @param credentials where credentials come from
 * @param httpClient the OkHttpClient
 * @param retryPolicy the retry policy
 * @param clock the clock
 * @param callDeadline the overall deadline of each call, retries included
 * @param maxResponseBytes the largest answer body a call may read
 * @param callListener who hears how each attempt ended and how bulk operations progress
 * @param rateLimit how the client paces its calls
 */
public record HuaweiClientSettings(String region, URI endpoint, URI iamEndpoint, Optional<String> projectId,
    CredentialsProvider credentials, OkHttpClient httpClient, RetryPolicy retryPolicy, Clock clock,
    Duration callDeadline, long maxResponseBytes, CallListener callListener, RateLimit rateLimit) {
  /** The stand-in region of a client built with only an endpoint override. */
  public static final String UNSET_REGION = "local";

  /** The region the user configured; empty for a client built with only an endpoint override. */
  public Optional<String> configuredRegion() {
    return UNSET_REGION.equals(region) ? Optional.empty() : Optional.of(region);
  }
}
