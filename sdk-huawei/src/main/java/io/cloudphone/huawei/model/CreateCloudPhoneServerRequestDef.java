package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Order for cloud phone servers on a system network ({@code CreateCloudPhoneServer}); Huawei recommends
 * {@code CreateNet2CloudPhoneServer}, whose custom network reuses your VPCs and shared bandwidths.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCloudPhoneServerRequest.Builder.class)
abstract class CreateCloudPhoneServerRequestDef {
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

  /** Bandwidth of the phones. */
  public abstract SystemNetworkBandwidth bandWidth();

  /** Billing terms. */
  public abstract ServerBillingParam extendParam();

  /** Key pair for ADB logins to the phones, at most 64 bytes. */
  public abstract Optional<String> keypairName();

  /** Application ports the service forwards to the phones. */
  public abstract List<ForwardedPort> ports();

  /** Subnet of the servers (a CIDR block). */
  public abstract Optional<String> subnetCidr();

  @Value.Check
  void check() {
    ServerChecks.serverName(serverName());
    ServerChecks.required("server_model_name", serverModelName(), 64);
    ServerChecks.required("phone_model_name", phoneModelName(), 64);
    ServerChecks.required("image_id", imageId(), 32);
    Validate.range("count", count(), 1, 10);
    ServerChecks.maxBytes("keypair_name", keypairName(), 64);
  }
}
