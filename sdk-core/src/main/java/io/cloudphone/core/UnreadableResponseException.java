package io.cloudphone.core;

import java.util.Optional;

/**
 * The provider answered with a success status but a body the SDK cannot take as the answer: empty, not JSON, or
 * JSON that is not the object the operation returns. A success with nothing in it would hide an outage (a proxy
 * or gateway answering 200 for the service), so it is never read as "no items". Not retryable: the call may
 * have done its work. {@link #errorCode()} is empty and {@link #errorMessage()} is the SDK's own description.
 * A 204 or 205 answer (Huawei's tag operations) is not this error: it reads as an empty response model.
 */
public class UnreadableResponseException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String contentType;

  /** Creates the exception for {@code operation}'s answer, whose body {@code problem} (e.g. "is empty"). */
  public UnreadableResponseException(Provider provider, String operation, int httpStatus, String contentType,
      Optional<String> requestId, String problem) {
    super(new ServiceError(provider, httpStatus, "", operation + " answer " + problem + " (Content-Type "
        + (contentType == null || contentType.isBlank() ? "none" : contentType) + ")", requestId), false, null);
    this.operation = operation;
    this.contentType = contentType == null || contentType.isBlank() ? null : contentType;
  }

  /** The provider's operation name, e.g. {@code ListCloudPhones}. */
  public String operation() {
    return operation;
  }

  /** The {@code Content-Type} of the answer, empty when it had none. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }
}
