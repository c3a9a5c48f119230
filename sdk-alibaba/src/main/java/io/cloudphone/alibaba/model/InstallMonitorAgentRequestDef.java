package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code InstallMonitorAgent}, which installs the monitoring plugin on instances so that they produce metrics; both travel in the form body. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstallMonitorAgentRequest.Builder.class)
abstract class InstallMonitorAgentRequestDef {
  /** The instances, sent as {@code AndroidInstanceIds.N}. */
  public abstract List<String> androidInstanceIds();

  /** Sale mode of the instances, as the service names it. */
  public abstract Optional<String> saleMode();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIds", androidInstanceIds(), 1, Integer.MAX_VALUE);
  }
}
