package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One port an encoding server exposes, with the addresses it is reached on. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = EncodeServerAccessInfo.Builder.class)
abstract class EncodeServerAccessInfoDef {
  /** Port the encoding server listens on. */
  public abstract Optional<Integer> listenPort();

  /** Public address of the port; superseded by {@link #publicIp()}. */
  public abstract Optional<String> accessIp();

  /** Private address of the port; superseded by {@link #serverIp()}. */
  public abstract Optional<String> intranetIp();

  /** Public address of the port; empty when the port is not published. */
  public abstract Optional<String> publicIp();

  /** Private address of the port. */
  public abstract Optional<String> serverIp();

  /** Private IPv6 address of the port, when the network has one. */
  public abstract Optional<String> serverIpv6();

  /** Port on the public network that maps to {@link #listenPort()}. */
  public abstract Optional<Integer> accessPort();

  /** Port kind: {@code adb}, {@code vnc}, {@code cph_app_server}, {@code cph_h5_server} or a user-defined name. */
  public abstract Optional<String> type();
}
