package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code DescribeSpec}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeSpecResponse.Builder.class)
abstract class DescribeSpecResponseDef {
  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The specifications on this page. */
  public abstract List<CloudPhoneSpec> specInfoModel();

  /** Number of specifications matching the filters; arrives as a number or a string. */
  public abstract Optional<Long> totalCount();
}
