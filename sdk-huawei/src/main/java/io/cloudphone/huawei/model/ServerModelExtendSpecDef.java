package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Hardware description of a cloud phone server flavor. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerModelExtendSpec.Builder.class)
abstract class ServerModelExtendSpecDef {
  /** CPU type, for example {@code Hi1616(2*32Core*2.4GHz)}. */
  public abstract Optional<String> cpu();

  /** Memory type, for example {@code DDR4 RAM}. */
  public abstract Optional<String> memory();

  /** Disk configuration, for example {@code 2*1.2T SAS + 800G SSD}. */
  public abstract Optional<String> disk();

  /** Network interface configuration. */
  public abstract Optional<String> networkInterface();

  /** GPU type. */
  public abstract Optional<String> gpu();

  /** Bare metal server flavor behind this server flavor. */
  public abstract Optional<String> bmsFlavor();

  /** Number of GPUs. */
  public abstract Optional<Integer> gpuCount();

  /** Number of NUMA nodes. */
  public abstract Optional<Integer> numaCount();
}
