package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Extra settings of a swapped server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeServerExtendParam.Builder.class)
abstract class ChangeServerExtendParamDef {
  /** Enterprise project id; the default project when absent or {@code "0"}. */
  public abstract Optional<String> enterpriseProjectId();
}
