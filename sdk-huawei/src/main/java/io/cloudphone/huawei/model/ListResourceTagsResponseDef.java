package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The tags on one resource. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ListResourceTagsResponse.class)
@JsonDeserialize(as = ListResourceTagsResponse.class)
abstract class ListResourceTagsResponseDef {
  /** The resource's tags. */
  public abstract List<AttachedTag> tags();
}
