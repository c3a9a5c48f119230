package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone instance of a matrix changed by {@code ChangeCloudPhoneNode}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ChangedNodeInstanceInfo.class)
@JsonDeserialize(as = ChangedNodeInstanceInfo.class)
abstract class ChangedNodeInstanceInfoDef {
  /** Id of the phone instance. */
  public abstract Optional<String> instanceId();

  /** Size of the instance's own storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();
}
