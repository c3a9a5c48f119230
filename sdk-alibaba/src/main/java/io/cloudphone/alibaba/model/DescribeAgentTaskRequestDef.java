package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code DescribeAgentTask}: the agent tasks to look up. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAgentTaskRequest.Builder.class)
abstract class DescribeAgentTaskRequestDef {
  /** Agent tasks to look up, sent as {@code TaskIds.N}. */
  public abstract List<String> taskIds();
}
