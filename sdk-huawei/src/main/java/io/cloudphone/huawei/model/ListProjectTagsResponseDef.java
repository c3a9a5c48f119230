package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The tag keys used on resources of one type in the project, each with its values. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ListProjectTagsResponse.class)
@JsonDeserialize(as = ListProjectTagsResponse.class)
abstract class ListProjectTagsResponseDef {
  /** The tag keys on this page, each with its values. */
  public abstract List<ProjectTag> tags();
}
