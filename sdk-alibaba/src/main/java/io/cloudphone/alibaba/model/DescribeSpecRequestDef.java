package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeSpec}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeSpecRequest.Builder.class)
abstract class DescribeSpecRequestDef {
  /** Only specifications sold in this region. */
  public abstract Optional<String> bizRegionId();

  /** Only specifications sold with this billing method. */
  public abstract Optional<String> chargeType();

  /** Only specifications of this matrix type, for example {@code cpm.gn6.gx1}. */
  public abstract Optional<String> matrixSpec();

  /** Specifications per page, 1 to 100 (100 when absent). */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page; absent for the first page. */
  public abstract Optional<String> nextToken();

  /** Purchase mode: {@code Instance} (instance groups, the default) or {@code Node} (matrices). */
  public abstract Optional<String> saleMode();

  /** Only these specifications. */
  public abstract List<String> specIds();

  /** Only specifications in this state, for example {@code Available}. */
  public abstract Optional<String> specStatus();

  /** Only specifications of this type, for example {@code ARM}. */
  public abstract Optional<String> specType();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
