package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Order for cloud phone servers on a custom network ({@code CreateNet2CloudPhoneServer}), deployed in one of
 * your VPCs; needs the {@code cph_admin_trust} agency and free server and network quota.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateNet2CloudPhoneServerRequest.Builder.class)
abstract class CreateNet2CloudPhoneServerRequestDef {
  /** Server name, 1 to 60 characters; several servers get the suffixes {@code -0001}, {@code -0002}, and so on. */
  public abstract String serverName();

  /** Server flavor from {@code ListCloudPhoneServerModels}, at most 64 bytes. */
  public abstract String serverModelName();

  /** Phone flavor from {@code ListCloudPhoneModels}, at most 64 bytes. */
  public abstract String phoneModelName();

  /** Phone image from {@code ListCloudPhoneImages}, at most 32 bytes. */
  public abstract String imageId();

  /** Number of servers to buy, 1 to 10. */
  public abstract int count();

  /** Bandwidth of the servers. */
  public abstract CustomNetworkBandwidth bandWidth();

  /** Billing terms. */
  public abstract ServerBillingParam extendParam();

  /** Key pair for ADB logins to the phones, at most 64 bytes. */
  public abstract Optional<String> keypairName();

  /** Application ports the service forwards to the phones. */
  public abstract List<ForwardedPort> ports();

  /** Your VPC (UUID) the servers are deployed in. */
  public abstract String tenantVpcId();

  /** Network interfaces of the servers, each in a subnet of {@link #tenantVpcId()}. */
  public abstract List<ServerNic> nics();

  /** Public IP of the servers: a new EIP or an existing one. */
  public abstract ServerPublicIp publicIp();

  /** Availability zone of the servers, for example {@code cn-east-3a}. */
  public abstract Optional<String> availabilityZone();

  /** How many phones share one virtual IP, from 1 to the flavor's phone count; all phones share one by default. */
  public abstract Optional<Integer> phoneCountPerIp();

  /** Data disk of each phone; mandatory for 2.0 flavors. */
  public abstract Optional<ServerDataVolumeSpec> phoneDataVolume();

  /** Shared storage disk of each server; optional for 2.0 flavors. */
  public abstract Optional<ServerDataVolumeSpec> serverShareDataVolume();

  /**
   * Phone properties to preset, as a JSON string of 1 to 8,192 characters (the service takes JSON text here, not
   * an object); only properties the account may change.
   */
  public abstract Optional<String> property();

  @Value.Check
  void check() {
    ServerChecks.serverName(serverName());
    ServerChecks.required("server_model_name", serverModelName(), 64);
    ServerChecks.required("phone_model_name", phoneModelName(), 64);
    ServerChecks.required("image_id", imageId(), 32);
    Validate.range("count", count(), 1, 10);
    ServerChecks.maxBytes("keypair_name", keypairName(), 64);
    Validate.notBlank("tenant_vpc_id", tenantVpcId());
    ServerChecks.notEmpty("nics", nics());
    Validate.range("phone_count_per_ip", phoneCountPerIp(), 1, Integer.MAX_VALUE);
    Validate.length("property", property(), 1, 8192);
  }
}
