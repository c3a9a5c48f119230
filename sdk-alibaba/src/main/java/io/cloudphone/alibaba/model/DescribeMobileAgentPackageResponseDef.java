package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of mobile agent resource plans. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeMobileAgentPackageResponse.Builder.class)
abstract class DescribeMobileAgentPackageResponseDef {
  /** Status code of the call as the service reports it, for example {@code 200}. */
  public abstract Optional<String> code();

  /** Message of the call as the service reports it, for example {@code Success.}. */
  public abstract Optional<String> message();

  /** The plans on this page. */
  public abstract List<MobileAgentPackage> packageList();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /**
   * Number of plans matching the filters. Quirk: the service sends it as a string ({@code "30"}); the SDK reads
   * the number.
   */
  public abstract Optional<Long> totalCount();
}
