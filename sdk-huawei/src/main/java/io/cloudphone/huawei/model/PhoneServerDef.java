package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone server (the physical host of a set of cloud phones) as listed by {@code ListCloudPhoneServers}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PhoneServer.Builder.class)
abstract class PhoneServerDef {
  /** Server name, at most 65 characters of letters, digits, {@code _} and {@code -}. */
  public abstract Optional<String> serverName();

  /** Availability zone the server runs in. */
  public abstract Optional<String> availabilityZone();

  /** Unique id of the server, at most 32 bytes. */
  public abstract Optional<String> serverId();

  /** Server flavor, for example {@code physical.rx1.xlarge}; at most 64 bytes. */
  public abstract Optional<String> serverModelName();

  /** Flavor of the phones on this server, for example {@code rx1.cp.c105.d6.e5v5}; at most 64 bytes. */
  public abstract Optional<String> phoneModelName();

  /** Key pair used for ADB connections to the phones, at most 64 bytes. */
  public abstract Optional<String> keypairName();

  /** Status code: 0, 1, 3 or 4 creating, 2 abnormal, 5 normal, 8 frozen, 10 stopped, 11 stopping, 12 stop failed, 13 starting. */
  public abstract Optional<Integer> status();

  /** VPC of the server: the tenant VPC on a system network ({@code v1}), the VPC chosen at purchase on a custom one ({@code v2}). */
  public abstract Optional<String> vpcId();

  /** CIDR block of the server's VPC; same value as {@link #vpcCidr()}, which Huawei will keep when this one goes. */
  public abstract Optional<String> cidr();

  /** CIDR block of the server's VPC. */
  public abstract Optional<String> vpcCidr();

  /** Subnet of the server (the subnet chosen at purchase on a custom network). */
  public abstract Optional<String> subnetId();

  /** CIDR block of the server's subnet. */
  public abstract Optional<String> subnetCidr();

  /** Project that owns the server. */
  public abstract Optional<String> resourceProjectId();

  /** Order and product of the server. */
  public abstract Optional<CloudPhoneMetadata> metadata();

  /** Internal and public IP addresses of the server. */
  public abstract List<PhoneServerAddress> addresses();

  /** Network type: {@code v1} system network, {@code v2} custom network. */
  public abstract Optional<String> networkVersion();

  /** Enterprise project the server belongs to; {@code 0} is the default project. */
  public abstract Optional<String> enterpriseProjectId();

  /** When the server was created (UTC). */
  public abstract Optional<Instant> createTime();

  /** When the server was last updated (UTC). */
  public abstract Optional<Instant> updateTime();
}
