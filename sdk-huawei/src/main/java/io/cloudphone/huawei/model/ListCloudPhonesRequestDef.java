package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code ListCloudPhones}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhonesRequest.Builder.class)
abstract class ListCloudPhonesRequestDef {
  /** Cloud phone name; the service matches it fuzzily. */
  public abstract Optional<String> phoneName();

  /** Cloud phone server whose phones are listed. */
  public abstract Optional<String> serverId();

  /** Cloud phone status code (for example 2 for running, 8 for stopped). */
  public abstract Optional<Integer> status();

  /** Index of the first phone to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Phones per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** Cloud phone type: 0 for a common phone, 1 for a trial phone. */
  public abstract Optional<Integer> type();

  @Value.Check
  void check() {
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
  }
}
