package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeKeyPairs}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeKeyPairsRequest.Builder.class)
abstract class DescribeKeyPairsRequestDef {
  /** Only these key pairs. */
  public abstract List<String> keyPairIds();

  /** Only key pairs with this name. */
  public abstract Optional<String> keyPairName();

  /** Entries per page, 1 to 100; the service defaults to 10. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
