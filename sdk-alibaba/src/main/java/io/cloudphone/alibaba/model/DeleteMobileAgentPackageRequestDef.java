package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code DeleteMobileAgentPackage}: the resource plans to delete. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteMobileAgentPackageRequest.Builder.class)
abstract class DeleteMobileAgentPackageRequestDef {
  /** Resource plans to delete, sent as {@code PackageIds.N}; at least one. */
  public abstract List<String> packageIds();

  @Value.Check
  void check() {
    Validate.size("PackageIds", packageIds(), 1, Integer.MAX_VALUE);
  }
}
