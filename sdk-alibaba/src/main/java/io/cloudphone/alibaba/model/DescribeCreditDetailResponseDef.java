package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of credit change records. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeCreditDetailResponse.Builder.class)
abstract class DescribeCreditDetailResponseDef {
  /** The records and both page positions. */
  public abstract Optional<CreditDetailPage> data();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
