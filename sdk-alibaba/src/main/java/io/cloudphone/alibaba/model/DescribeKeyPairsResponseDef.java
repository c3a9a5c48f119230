package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of ADB key pairs. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeKeyPairsResponse.Builder.class)
abstract class DescribeKeyPairsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of key pairs matching the filters. */
  public abstract Optional<Long> totalCount();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** The key pairs on this page. */
  public abstract List<KeyPair> data();
}
