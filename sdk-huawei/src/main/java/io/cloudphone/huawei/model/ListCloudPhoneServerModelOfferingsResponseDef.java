package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Server flavors the account may buy, per availability zone, with whether each is in stock. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneServerModelOfferingsResponse.Builder.class)
abstract class ListCloudPhoneServerModelOfferingsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Total number of offerings. */
  public abstract Optional<Integer> count();

  /** The offerings on this page. */
  public abstract List<ServerModelOffering> models();

  /** Marker of the next page, absent on the last page. */
  public abstract Optional<MarkerPageInfo> pageInfo();
}
