package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** What a cloud phone policy is attached to. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PolicyRelatedResources.Builder.class)
abstract class PolicyRelatedResourcesDef {
  /** Instance groups using the policy. */
  public abstract List<String> androidInstanceGroupIds();

  /** Cloud phone matrices using the policy. */
  public abstract List<String> cloudPhoneMatrixIds();
}
