package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and page window of {@code DescribeMobileAgentPackage}, which pages by page number only; every field is
 * optional.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeMobileAgentPackageRequest.Builder.class)
abstract class DescribeMobileAgentPackageRequestDef {
  /** Only plans bound to these instances. */
  public abstract List<String> instanceIds();

  /** Only these plans. */
  public abstract List<String> packageIds();

  /** Only plans of this specification, for example {@code advanced}. */
  public abstract Optional<String> packageSpec();

  /** Only plans in this status, for example {@code ACTIVE}. */
  public abstract Optional<String> packageStatus();

  /** Page number, from 1. */
  public abstract Optional<Integer> pageNum();

  /** Entries per page. */
  public abstract Optional<Integer> pageSize();

  @Value.Check
  void check() {
    Validate.range("PageNum", pageNum(), 1, Integer.MAX_VALUE);
    Validate.range("PageSize", pageSize(), 1, Integer.MAX_VALUE);
  }
}
