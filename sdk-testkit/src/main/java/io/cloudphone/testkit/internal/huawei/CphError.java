package io.cloudphone.testkit.internal.huawei;

/**
 * An error CPS or the API gateway answers with: HTTP status, error code and message (API reference §6.2).
 * Thrown inside request handling and turned into a {@code {error_code, error_msg, request_id}} body.
 */
final class CphError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;

  CphError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** A 400 answer, as CPS gives for nearly every error. */
  static CphError badRequest(String code, String message) {
    return new CphError(400, code, message);
  }

  static CphError offsetOrLimit() {
    return badRequest("CPS.0002", "Parameter: offset or limit is invalid.");
  }

  static CphError authentication(String why) {
    return new CphError(401, "APIGW.0301", "Incorrect IAM authentication information: " + why);
  }

  static CphError noSuchApi() {
    return new CphError(404, "APIGW.0101", "The API does not exist or has not been published in the environment");
  }

  static CphError throttled() {
    return new CphError(429, "APIGW.0308", "The throttling threshold has been reached: policy user over ratelimit");
  }

  /** CPS's own throttling answer, given when an operation's server-side rate limit is exceeded. */
  static CphError systemBusy() {
    return new CphError(429, "CPS.0042", "System busy.");
  }

  static CphError internal() {
    return new CphError(500, "CPS.0003", "Service internal error.");
  }
}
