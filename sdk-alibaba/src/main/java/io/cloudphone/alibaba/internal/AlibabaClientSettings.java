package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaSignatureVersion;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.auth.CredentialsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Everything an Alibaba client needs, resolved by the builder.
 *
 * @param regionId the region id, e.g. cn-shanghai
 * @param endpoint the eds-aic endpoint
 * @param signatureVersion how requests are signed
 * @param credentials where credentials come from
 * @param httpClient the OkHttpClient
 * @param retryPolicy the retry policy
 * @param clock the clock
 * @param nonces supplies a fresh signature nonce for every attempt
 * @param callDeadline the overall deadline of each call, retries included
 * @param maxResponseBytes the largest answer body a call may read
 * @param callListener who hears how each attempt ended and how bulk operations progress
 * @param rateLimit how the client paces its calls
 */
public record AlibabaClientSettings(String regionId, URI endpoint, AlibabaSignatureVersion signatureVersion,
    CredentialsProvider credentials, OkHttpClient httpClient, RetryPolicy retryPolicy, Clock clock,
    Supplier<String> nonces, Duration callDeadline, long maxResponseBytes, CallListener callListener,
    RateLimit rateLimit) {}
