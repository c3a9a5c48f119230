package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A matrix created by {@code CreateCloudPhoneNode}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreatedNodeInfo.Builder.class)
abstract class CreatedNodeInfoDef {
  /** Id of the new matrix. */
  public abstract Optional<String> nodeId();

  /** Ids of the phone instances created on the matrix. */
  public abstract List<String> instanceIds();
}
