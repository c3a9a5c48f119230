package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaSignatureVersion;
import io.cloudphone.core.auth.CredentialsProvider;
import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;
import okhttp3.Request;

/**
 * Benchmark-only bridge to sdk-alibaba's package-private per-attempt signer ({@link AlibabaRequestSigner}), so
 * the benchmarks time the client's own code rather than a copy. It lives in the benchmarks module (class path
 * only) and is not part of any published jar.
 */
public final class BenchmarkAccess {
  private BenchmarkAccess() {}

  /** The signer the client builds for {@code endpoint} with RPC signature V1 (the default). */
  public static Signer v1Signer(URI endpoint, CredentialsProvider credentials, Supplier<String> nonces) {
    return new Signer(new AlibabaRequestSigner(endpoint, AlibabaSignatureVersion.V1_HMAC_SHA1, credentials, nonces));
  }

  /** {@link AlibabaRequestSigner}, opaque. */
  public static final class Signer {
    private final AlibabaRequestSigner signer;

    private Signer(AlibabaRequestSigner signer) {
      this.signer = signer;
    }

    /**
     * What the client does per attempt: resolve the keys, add the common parameters with a fresh nonce and
     * timestamp, sign (V1), and build the OkHttp POST (URL with the encoded query, form body, Host, User-Agent).
     */
    public Request sign(String action, RpcParameters parameters, Instant now) {
      return signer.sign(action, parameters, now);
    }
  }
}
