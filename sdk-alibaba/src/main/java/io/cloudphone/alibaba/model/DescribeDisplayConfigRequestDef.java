package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Instances whose screen settings {@code DescribeDisplayConfig} returns. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DescribeDisplayConfigRequest.class)
@JsonDeserialize(as = DescribeDisplayConfigRequest.class)
abstract class DescribeDisplayConfigRequestDef {
  /** Ids of the instances. */
  public abstract List<String> androidInstanceIds();
}
