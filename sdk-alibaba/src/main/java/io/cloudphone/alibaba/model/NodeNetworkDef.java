package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A network a cloud phone matrix is attached to. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NodeNetwork.Builder.class)
abstract class NodeNetworkDef {
  /** VPC vSwitch. */
  public abstract Optional<String> vSwitchId();

  /** Id of the network. */
  public abstract Optional<String> networkId();

  /** Network type, for example {@code network_pro_ecd}. */
  public abstract Optional<String> networkType();

  /** Type of the bandwidth plan, for example {@code cbwp_ecd}. */
  public abstract Optional<String> bandwidthPackageType();

  /** Id of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();
}
