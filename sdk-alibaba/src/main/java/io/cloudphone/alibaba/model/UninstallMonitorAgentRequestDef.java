package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code UninstallMonitorAgent}, which removes the monitoring plugin from instances; both travel in the form body. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UninstallMonitorAgentRequest.Builder.class)
abstract class UninstallMonitorAgentRequestDef {
  /** The instances, sent as {@code AndroidInstanceIds.N}. */
  public abstract List<String> androidInstanceIds();

  /** Sale mode of the instances, as the service names it. */
  public abstract Optional<String> saleMode();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIds", androidInstanceIds(), 1, Integer.MAX_VALUE);
  }
}
