package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether one cloud phone server flavor can be bought in one availability zone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerModelOffering.Builder.class)
abstract class ServerModelOfferingDef {
  /** Availability zone, for example {@code cn-east-3a}. */
  public abstract Optional<String> availableZone();

  /** Server flavor name, for example {@code physical.rx1.xlarge.cg}. */
  public abstract Optional<String> modelName();

  /** Sale status: {@code available} or {@code sellout} (sold out). */
  public abstract Optional<String> sellStatus();
}
