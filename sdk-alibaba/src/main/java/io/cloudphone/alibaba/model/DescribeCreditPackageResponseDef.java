package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Credit booster packs with their totals. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeCreditPackageResponse.Builder.class)
abstract class DescribeCreditPackageResponseDef {
  /** The booster packs. */
  public abstract List<CreditPackageInfo> creditsPackageInfos();

  /** Whether the account has never bought a pack (first-purchase offers apply). */
  @JsonProperty("IsFirstPurchase")
  public abstract Optional<Boolean> isFirstPurchase();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Credits still available over all packs, as the service sends it (a decimal string). */
  public abstract Optional<String> totalAvailableCredits();

  /** Number of packs. */
  public abstract Optional<Integer> totalCount();

  /** Credits used up over all packs, as the service sends it. */
  public abstract Optional<String> totalExhaustedCredit();
}
