package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code DescribeRegions}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeRegionsRequest.Builder.class)
abstract class DescribeRegionsRequestDef {
  /** Language of the region names, for example {@code en-US} or {@code zh-CN}. */
  public abstract Optional<String> acceptLanguage();

  /** Only regions offering this purchase mode. */
  public abstract Optional<String> saleMode();
}
