package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Tag and name conditions for {@code ListResourceInstances}, which finds resources by tag (a query sent as
 * POST); different tag keys must all match, the values of one key are alternatives.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListResourceInstancesRequest.Builder.class)
abstract class ListResourceInstancesRequestDef {
  /** Resource type; {@code cph-server} (cloud phone server), the only documented type, is the default. */
  @Value.Default
  public String resourceType() {
    return "cph-server";
  }

  /** {@code filter} (the default) returns one page of resources, {@code count} only their total. */
  @Value.Default
  public String action() {
    return "filter";
  }

  /** Index of the first resource to return, 0 when absent; ignored with {@code count} (a string on the wire). */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<Integer> offset();

  /** Resources per page, 1 to 1000 (the default); ignored with {@code count} (a string on the wire). */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<Integer> limit();

  /** When true, only resources carrying no tag at all are returned. */
  public abstract Optional<Boolean> withoutAnyTag();

  /** Up to 10 tag conditions with distinct keys; left out when empty, as Huawei's own SDK leaves it out. */
  public abstract List<TagFilter> tags();

  /** Field conditions, today only the exact resource name. */
  public abstract List<ResourceMatch> matches();

  @Value.Check
  void check() {
    Validate.notBlank("resource_type", resourceType());
    Validate.oneOf("action", action(), List.of("filter", "count"));
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 1000);
    Validate.size("tags", tags(), 0, 10);
    if (tags().stream().map(TagFilter::key).collect(Collectors.toSet()).size() != tags().size()) {
      throw new IllegalArgumentException("tags must not repeat a key");
    }
  }
}
