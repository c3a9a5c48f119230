package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServiceError;
import java.util.Optional;

/** Builds the NotFoundException for an id a Describe call answered without (Alibaba returns an empty list). */
final class NotFound {
  private NotFound() {}

  /** A not-found error with Alibaba-style {@code code} and the request id of the empty answer. */
  static NotFoundException of(String code, String message, Optional<String> requestId, String operation) {
    ServiceError error = new ServiceError(Provider.ALIBABA, 404, code, message, requestId);
    return new NotFoundException(error, operation + " returned no such id");
  }
}
