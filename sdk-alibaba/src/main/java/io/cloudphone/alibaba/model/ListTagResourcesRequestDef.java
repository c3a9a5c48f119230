package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window of {@code ListTagResources}; give resource ids, tags or both. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListTagResourcesRequest.Builder.class)
abstract class ListTagResourcesRequestDef {
  /** Entries per page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Region id the tag service is asked in; the reference says to pass {@code cn-shanghai} (or {@code ap-southeast-1}). */
  public abstract Optional<String> regionId();

  /** Only these phones (at most 50), sent as {@code ResourceId.N}. */
  public abstract List<String> resourceId();

  /** Type of the resources: {@code ALIYUN::ACP::INSTANCE}. */
  public abstract Optional<String> resourceType();

  /** Only resources with these tags (at most 20), sent as {@code Tag.N.Key} / {@code Tag.N.Value}. */
  public abstract List<Tag> tag();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, Integer.MAX_VALUE);
    Validate.size("ResourceId", resourceId(), 0, 50);
    Validate.size("Tag", tag(), 0, 20);
    if (resourceId().isEmpty() && tag().isEmpty()) {
      throw new IllegalArgumentException("ResourceId or Tag must be given: the service lists bindings only of named resources or tags");
    }
  }
}
