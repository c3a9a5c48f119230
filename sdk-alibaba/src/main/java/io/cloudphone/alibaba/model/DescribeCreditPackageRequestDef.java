package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters of {@code DescribeCreditPackage}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeCreditPackageRequest.Builder.class)
abstract class DescribeCreditPackageRequestDef {
  /** Only this booster pack. */
  public abstract Optional<String> creditPackageId();

  /** Only packs in this status, for example {@code ACTIVE}. */
  public abstract Optional<String> creditPackageStatus();
}
