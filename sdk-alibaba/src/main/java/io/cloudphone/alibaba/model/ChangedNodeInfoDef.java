package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone matrix after {@code ChangeCloudPhoneNode}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangedNodeInfo.Builder.class)
abstract class ChangedNodeInfoDef {
  /** Id of the matrix. */
  public abstract Optional<String> nodeId();

  /** Size of the matrix's shared storage in GiB (a fixed 64 GiB for global files when phones have their own storage). */
  public abstract Optional<Integer> shareDataVolume();

  /** The phone instances of the matrix with their storage. */
  public abstract List<ChangedNodeInstanceInfo> instanceInfos();
}
