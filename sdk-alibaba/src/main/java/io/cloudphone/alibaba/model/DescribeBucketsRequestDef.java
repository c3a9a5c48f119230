package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code DescribeBuckets}; the one filter is not yet open to users. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeBucketsRequest.Builder.class)
abstract class DescribeBucketsRequestDef {
  /** Type of OSS file; the reference marks it as not yet available. */
  public abstract Optional<String> fileType();
}
