package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The new server a cloud phone server is swapped onto, keeping its name, id and billing
 * ({@code ChangeCloudPhoneServer}).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneServerRequest.Builder.class)
abstract class ChangeCloudPhoneServerRequestDef {
  /** Server to swap; its phones are recreated and their user data is lost. */
  public abstract String serverId();

  /** Phone flavor on the new server, at most 64 bytes. */
  public abstract String phoneModelName();

  /** Phone image on the new server, at most 32 bytes. */
  public abstract String imageId();

  /** Key pair for ADB login to the phones, at most 64 bytes. */
  public abstract Optional<String> keypairName();

  /** Availability zone of the new server; the current zone when absent (current API reference only). */
  public abstract Optional<String> availabilityZone();

  /** Application ports the service forwards to each phone. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ForwardedPort> ports();

  /** Enterprise project of the new server. */
  public abstract Optional<ChangeServerExtendParam> extendParam();

  /** Existing VPC (UUID) the new server joins. */
  public abstract String tenantVpcId();

  /** Network interfaces of the new server, in subnets of {@code tenant_vpc_id}; at least one. */
  public abstract List<ChangeServerNic> nics();

  /** Elastic IP of the new server: a new one or an existing one. */
  public abstract Optional<ChangeServerPublicIp> publicIp();

  /** How many phones share one virtual IP, from 1 to the flavor's phone count; all phones share one by default. */
  public abstract Optional<Integer> phoneCountPerIp();

  /** Data disk of each phone; mandatory for 2.0 flavors. */
  public abstract Optional<ServerDataVolumeSpec> phoneDataVolume();

  /** Shared storage disk of the server; optional for 2.0 flavors. */
  public abstract Optional<ServerDataVolumeSpec> serverShareDataVolume();

  /** Bandwidth of the new server. */
  public abstract Optional<ServerBandwidthSpec> bandWidth();

  /** Phone properties to preset, as a JSON string of 1 to 8,192 characters. */
  public abstract Optional<String> property();

  @Value.Check
  void check() {
    Validate.notBlank("server_id", serverId());
    Validate.notBlank("phone_model_name", phoneModelName());
    Validate.maxBytes("phone_model_name", phoneModelName(), 64);
    Validate.notBlank("image_id", imageId());
    Validate.maxBytes("image_id", imageId(), 32);
    keypairName().ifPresent(k -> Validate.maxBytes("keypair_name", k, 64));
    Validate.notBlank("tenant_vpc_id", tenantVpcId());
    Validate.size("nics", nics(), 1, Integer.MAX_VALUE);
    Validate.range("phone_count_per_ip", phoneCountPerIp(), 1, Integer.MAX_VALUE);
    Validate.length("property", property(), 1, 8192);
  }
}
