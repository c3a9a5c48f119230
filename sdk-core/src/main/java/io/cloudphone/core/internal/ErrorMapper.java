package io.cloudphone.core.internal;

import io.cloudphone.core.CloudPhoneServiceException;
import okhttp3.Headers;

/** Turns a provider's non-2xx answer into the typed exception; one table-tested implementation per provider. */
@FunctionalInterface
public interface ErrorMapper {
  /** Maps the status, headers and body of a refused call. */
  CloudPhoneServiceException map(int httpStatus, Headers headers, byte[] body);
}
