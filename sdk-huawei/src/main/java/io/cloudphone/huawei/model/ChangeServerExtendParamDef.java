package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Extra settings of a swapped server. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ChangeServerExtendParam.class)
@JsonDeserialize(as = ChangeServerExtendParam.class)
abstract class ChangeServerExtendParamDef {
  /** Enterprise project id; the default project when absent or {@code "0"}. */
  public abstract Optional<String> enterpriseProjectId();
}
