package io.cloudphone.testkit.internal.alibaba;

import io.cloudphone.alibaba.internal.AlibabaSignatureVerifier;
import io.cloudphone.alibaba.internal.RpcSignatureV1;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the POP gateway checks before an action runs: the V1 or ACS3 signature, the 15-minute timestamp window
 * on the fake's clock, the API version, and that no signature nonce is used twice within the window.
 */
final class AlibabaGate {
  static final String VERSION = "2023-09-30";

  private final Function<String, String> secretOf;
  private final Map<String, Instant> nonces = new LinkedHashMap<>();

  AlibabaGate(Function<String, String> secretOf) {
    this.secretOf = secretOf;
  }

  /** The fault to answer {@code call} with, or empty when it may go on to its action. */
  Optional<AlibabaFault> check(AlibabaRpcCall call, Instant now) {
    Optional<String> reason = call.isAcs3()
        ? AlibabaSignatureVerifier.verifyAcs3(call.method, call.encodedPath, call.query,
            call.headers::get, call.body, secretOf, now)
        : AlibabaSignatureVerifier.verifyV1(call.method, call.params, secretOf, now);
    if (reason.isPresent()) {
      AlibabaFault fault = AlibabaFault.fromVerifier(reason.get());
      if (fault.code.equals("SignatureDoesNotMatch") && !call.isAcs3()) {
        // The real gateway quotes its own string to sign, so a caller can diff it against theirs.
        fault = new AlibabaFault(400, fault.code, "Specified signature does not match our calculation. server"
            + " string to sign is:" + RpcSignatureV1.stringToSign(call.method,
                RpcSignatureV1.canonicalQuery(new TreeMap<>(call.params))));
      }
      return Optional.of(fault);
    }
    if (call.action().isEmpty()) {
      return Optional.of(AlibabaFault.missing("Action"));
    }
    if (!call.version().map(VERSION::equals).orElse(false)) {
      return Optional.of(new AlibabaFault(400, "InvalidVersion",
          "Specified parameter Version is not valid: eds-aic serves " + VERSION));
    }
    return useNonce(call.nonce().orElse(""), now)
        ? Optional.empty()
        : Optional.of(new AlibabaFault(400, "SignatureNonceUsed", "Specified signature nonce was used already."));
  }

  /** Records the nonce; false when it was already seen within the timestamp window. */
  private synchronized boolean useNonce(String nonce, Instant now) {
    Instant oldest = now.minus(AlibabaSignatureVerifier.MAX_SKEW.multipliedBy(2));
    for (Iterator<Instant> seen = nonces.values().iterator(); seen.hasNext(); ) {
      if (!seen.next().isBefore(oldest)) {
        break;
      }
      seen.remove();
    }
    return nonces.putIfAbsent(nonce, now) == null;
  }
}
