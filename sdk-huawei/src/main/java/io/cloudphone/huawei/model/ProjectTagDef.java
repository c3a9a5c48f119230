package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tag key used in the project, with every value it takes on resources of the type. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ProjectTag.class)
@JsonDeserialize(as = ProjectTag.class)
abstract class ProjectTagDef {
  /** Tag key, at most 127 characters. */
  public abstract Optional<String> key();

  /** Distinct values of the key, each at most 255 characters. */
  public abstract List<String> values();
}
