package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Selects the tasks {@code ListJobs} returns: those started by one request ({@code request_id}) or by up to 20
 * requests ({@code request_ids}); give at least one of the two.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListJobsRequest.Builder.class)
abstract class ListJobsRequestDef {
  /** Request id returned by the call that started the tasks. */
  public abstract Optional<String> requestId();

  /** Up to 20 request ids, sent comma-separated; the service prefers them over {@link #requestId()}. */
  @JsonIgnore
  public abstract List<String> requestIds();

  /** Index of the first task to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Tasks per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** The wire form of {@link #requestIds()}: one comma-separated query value. */
  @Value.Derived
  @JsonProperty("request_ids")
  Optional<String> requestIdsParameter() {
    return requestIds().isEmpty() ? Optional.empty() : Optional.of(String.join(",", requestIds()));
  }

  @Value.Check
  void check() {
    if (requestId().isEmpty() && requestIds().isEmpty()) {
      throw new IllegalArgumentException("one of request_id and request_ids must be given");
    }
    requestId().ifPresent(id -> Validate.notBlank("request_id", id));
    Validate.size("request_ids", requestIds(), 0, 20);
    for (String id : requestIds()) {
      Validate.notBlank("request_ids", id);
      if (id.indexOf(',') >= 0) {
        throw new IllegalArgumentException("request_ids must not contain commas (one id per item)");
      }
    }
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
  }
}
