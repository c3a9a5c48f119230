package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The phones' own storage on a cloud phone matrix. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NodePhoneDataInfo.Builder.class)
abstract class NodePhoneDataInfoDef {
  /** Id of the storage. */
  public abstract Optional<String> phoneDataId();

  /** Size per phone in GiB. */
  public abstract Optional<Integer> phoneDataVolume();
}
