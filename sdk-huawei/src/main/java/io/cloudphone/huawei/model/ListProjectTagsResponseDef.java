package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The tag keys used on resources of one type in the project, each with its values. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListProjectTagsResponse.Builder.class)
abstract class ListProjectTagsResponseDef {
  /** The tag keys on this page, each with its values. */
  public abstract List<ProjectTag> tags();
}
