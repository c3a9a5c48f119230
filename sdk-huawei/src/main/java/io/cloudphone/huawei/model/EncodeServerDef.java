package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An encoding server (or container) that streams the phones of a cloud phone server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = EncodeServer.Builder.class)
abstract class EncodeServerDef {
  /** Name of the encoding server, at most 64 bytes. */
  public abstract Optional<String> encodeServerName();

  /** Unique id of the encoding server, at most 32 bytes. */
  public abstract Optional<String> encodeServerId();

  /** IP address of the encoding server. */
  public abstract Optional<String> encodeServerIp();

  /** IPv6 address of the encoding server, when the network has one. */
  public abstract Optional<String> encodeServerIpv6();

  /** Cloud phone server the encoding server belongs to, at most 32 bytes. */
  public abstract Optional<String> serverId();

  /** Key pair used to log in to the encoding server. */
  public abstract Optional<String> keypairName();

  /** Kind: 0 server, 1 container. */
  public abstract Optional<Integer> type();

  /** Status: 1 running, 2 abnormal, 3 restarting, 4 frozen, 5 stopped, 0/100/1014 being created. */
  public abstract Optional<Integer> status();

  /** The ports the encoding server exposes. */
  public abstract List<EncodeServerAccessInfo> accessInfos();
}
