package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The tags on one resource. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListResourceTagsResponse.Builder.class)
abstract class ListResourceTagsResponseDef {
  /** The resource's tags. */
  public abstract List<AttachedTag> tags();
}
