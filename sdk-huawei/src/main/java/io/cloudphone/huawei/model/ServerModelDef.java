package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone server flavor, as listed by {@code ListCloudPhoneServerModels}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerModel.Builder.class)
abstract class ServerModelDef {
  /** Flavor name, for example {@code physical.rx1.xlarge}; at most 64 bytes. */
  public abstract Optional<String> serverModelName();

  /** Hardware model, for example {@code Hi1616}; at most 32 bytes. */
  public abstract Optional<String> serverType();

  /** Number of CPU cores. */
  public abstract Optional<Integer> cpu();

  /** Memory size in GB. */
  public abstract Optional<Integer> memory();

  /** Hardware description (CPU, memory, disk, NIC and GPU types), at most 512 bytes. */
  public abstract Optional<ServerModelExtendSpec> extendSpec();

  /** Product type: 0 cloud phone, 1 cloud mobile gaming. */
  public abstract Optional<Integer> productType();

  /** Free disk quota of the server in GiB (sent by the current API only). */
  public abstract Optional<Integer> freeSize();
}
