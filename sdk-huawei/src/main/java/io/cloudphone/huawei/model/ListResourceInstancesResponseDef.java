package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Resources matching the tag conditions (one page for {@code filter}), and their total. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListResourceInstancesResponse.Builder.class)
abstract class ListResourceInstancesResponseDef {
  /** The resources on this page; empty for {@code count}. */
  public abstract List<TaggedResource> resources();

  /** Total number of resources matching the conditions. */
  public abstract Optional<Integer> totalCount();
}
