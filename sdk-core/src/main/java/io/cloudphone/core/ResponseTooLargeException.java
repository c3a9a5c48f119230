package io.cloudphone.core;

import java.util.Optional;

/**
 * The answer's body is larger than the client's {@code maxResponseBytes}; the SDK stopped reading at the limit
 * (or before reading at all, when {@code Content-Length} announced more) and dropped the connection.
 */
public class ResponseTooLargeException extends UnreadableResponseException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  /** Creates the exception for {@code operation}'s answer that exceeded {@code limitBytes}. */
  public ResponseTooLargeException(Provider provider, String operation, int httpStatus, String contentType,
      Optional<String> requestId, long limitBytes, long announcedBytes) {
    super(provider, operation, httpStatus, contentType, requestId, "is larger than the " + limitBytes
        + "-byte limit (maxResponseBytes on the client builder)"
        + (announcedBytes >= 0 ? ": Content-Length " + announcedBytes : ""));
    this.limitBytes = limitBytes;
  }

  /** The configured limit, in bytes. */
  public long limitBytes() {
    return limitBytes;
  }
}
