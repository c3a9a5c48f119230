package io.cloudphone.testkit.internal.alibaba;

/**
 * An error the fake answers with Alibaba's error body: HTTP status, code and message. Handlers throw it to stop
 * at the first bad parameter, as the POP gateway does.
 */
final class AlibabaFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;

  AlibabaFault(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** A required parameter is absent: 400 MissingParameter. */
  static AlibabaFault missing(String name) {
    return new AlibabaFault(400, "MissingParameter", "The input parameter \"" + name
        + "\" that is mandatory for processing this request is not supplied.");
  }

  /** A parameter has a value the service does not take: 400 InvalidParameter. */
  static AlibabaFault invalid(String name, String why) {
    return new AlibabaFault(400, "InvalidParameter", "The specified parameter \"" + name + "\" is not valid: "
        + why + ".");
  }

  /** An Android instance id that does not exist: 404 InvalidAndroidInstanceId.NotFound. */
  static AlibabaFault instanceNotFound(String id) {
    return new AlibabaFault(404, "InvalidAndroidInstanceId.NotFound",
        "The specified Android instance \"" + id + "\" does not exist.");
  }

  /** Parses {@code "Code: message"} as the signature verifier reports it; 404 for an unknown access key. */
  static AlibabaFault fromVerifier(String reason) {
    int colon = reason.indexOf(':');
    String code = colon < 0 ? "SignatureDoesNotMatch" : reason.substring(0, colon);
    String message = colon < 0 ? reason : reason.substring(colon + 1).trim();
    return new AlibabaFault(code.startsWith("InvalidAccessKeyId") ? 404 : 400, code, message);
  }
}
