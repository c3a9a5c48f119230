package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The credit booster packs {@code CreateCreditPackage} bought. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCreditPackageResponse.Builder.class)
abstract class CreateCreditPackageResponseDef {
  /** Id of the (first) pack, for example {@code crp-bt7e2t4anbq50****}. */
  public abstract Optional<String> creditPackageId();

  /** Ids of all packs bought. */
  public abstract List<String> creditPackageIds();

  /** When the packs take effect, as the service formats it (for example {@code 2026-04-30 00:00:00}). */
  public abstract Optional<String> effectiveTime();

  /** When the packs expire, as the service formats it. */
  public abstract Optional<String> expiredTime();

  /** Id of the order. */
  public abstract Optional<String> orderId();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
