package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone instance of a matrix changed by {@code ChangeCloudPhoneNode}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangedNodeInstanceInfo.Builder.class)
abstract class ChangedNodeInstanceInfoDef {
  /** Id of the phone instance. */
  public abstract Optional<String> instanceId();

  /** Size of the instance's own storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();
}
