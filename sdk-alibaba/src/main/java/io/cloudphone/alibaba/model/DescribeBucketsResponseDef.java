package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DescribeBuckets}; it carries its own status fields besides the HTTP status. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeBucketsResponse.Builder.class)
abstract class DescribeBucketsResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Status code the service put in the body. */
  public abstract Optional<String> code();

  /** The buckets. */
  public abstract List<OssBucket> data();

  /** HTTP status the service put in the body. */
  public abstract Optional<Integer> httpStatusCode();

  /** Status message the service put in the body. */
  public abstract Optional<String> message();

  /** Whether the service reports success. */
  public abstract Optional<Boolean> success();
}
