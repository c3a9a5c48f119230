package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code CheckResourceStock}: whether instances of a specification can be bought now. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CheckResourceStockRequest.Builder.class)
abstract class CheckResourceStockRequestDef {
  /** Instance specification to check, for example {@code acp.basic.small}. */
  public abstract Optional<String> acpSpecId();

  /** Number of instances wanted. */
  public abstract Optional<Integer> amount();

  /** Region to check. */
  public abstract String bizRegionId();

  /** Whether GPU acceleration is wanted. */
  public abstract Optional<Boolean> gpuAcceleration();

  /** Zone to check, for example {@code cn-hangzhou-i}. */
  public abstract Optional<String> zoneId();
}
