package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ModifyCloudPhoneNode}: a new name or streaming mode for one matrix. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyCloudPhoneNodeRequest.Builder.class)
abstract class ModifyCloudPhoneNodeRequestDef {
  /** New name of the matrix. */
  public abstract Optional<String> newNodeName();

  /** Id of the matrix to modify. */
  public abstract Optional<String> nodeId();

  /** New streaming mode of the matrix's phones. */
  public abstract Optional<Integer> streamMode();
}
