package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Instances whose screen settings {@code DescribeDisplayConfig} returns. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeDisplayConfigRequest.Builder.class)
abstract class DescribeDisplayConfigRequestDef {
  /** Ids of the instances. */
  public abstract List<String> androidInstanceIds();
}
