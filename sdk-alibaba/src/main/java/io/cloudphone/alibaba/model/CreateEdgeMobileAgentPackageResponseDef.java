package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The order {@code CreateEdgeMobileAgentPackage} placed and the packages in it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateEdgeMobileAgentPackageResponse.Builder.class)
abstract class CreateEdgeMobileAgentPackageResponseDef {
  /**
   * Id of the order. The API types it as a number but documents a masked example ({@code 22326560487****}), so the
   * SDK keeps it as text; a numeric id arrives as its digits.
   */
  public abstract Optional<String> orderId();

  /** Ids of the ordered packages. */
  public abstract List<String> packageIds();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
