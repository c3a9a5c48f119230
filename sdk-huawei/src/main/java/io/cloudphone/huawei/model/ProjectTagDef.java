package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tag key used in the project, with every value it takes on resources of the type. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ProjectTag.Builder.class)
abstract class ProjectTagDef {
  /** Tag key, at most 127 characters. */
  public abstract Optional<String> key();

  /** Distinct values of the key, each at most 255 characters. */
  public abstract List<String> values();
}
