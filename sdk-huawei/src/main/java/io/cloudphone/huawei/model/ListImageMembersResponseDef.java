package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The projects a custom image is shared with. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListImageMembersResponse.Builder.class)
abstract class ListImageMembersResponseDef {
  /** One entry per project the image is shared with. */
  public abstract List<ImageMember> members();
}
