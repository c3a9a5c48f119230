package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Starts, stops or restarts an installed app on instances ({@code OperateApp}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = OperateAppRequest.Builder.class)
abstract class OperateAppRequestDef {
  /** App to operate. */
  public abstract Optional<Integer> appId();

  /** Instances on which the app is operated. */
  public abstract List<String> instanceIdList();

  /** What to do: {@code start}, {@code stop} or {@code restart}. */
  public abstract Optional<String> operateType();
}
