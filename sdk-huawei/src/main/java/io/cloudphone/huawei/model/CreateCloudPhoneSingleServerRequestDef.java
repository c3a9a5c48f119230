package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Bare cloud phone servers to buy: servers and their server image only, without phones
 * ({@code CreateCloudPhoneSingleServer}).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCloudPhoneSingleServerRequest.Builder.class)
abstract class CreateCloudPhoneSingleServerRequestDef {
  private static final Pattern SERVER_NAME = Pattern.compile("[A-Za-z0-9_\\-\\p{IsHan}]+");

  /**
   * Server name, 1 to 60 letters, digits, Chinese characters, underscores or hyphens; a batch gets suffixes like
   * {@code -0001}.
   */
  public abstract String serverName();

  /** Server flavor, for example {@code physical.rx1.xlarge}. */
  public abstract String serverModelName();

  /** Number of servers to buy, 1 to 10. */
  public abstract int count();

  /** Subscription terms of the order. */
  public abstract SingleServerOrderParam orderParam();

  /** Network interfaces of each server; at least one. */
  public abstract List<SingleServerNic> nics();

  /**
   * Elastic IP of each server; an empty one (no id, type, count or bandwidth) is left out of the body, as Huawei's
   * own SDK leaves an unset {@code public_ip} out.
   */
  public abstract SingleServerPublicIp publicIp();

  /** Availability zone, for example {@code cn-east-3a}. */
  public abstract Optional<String> availabilityZone();

  /** Data disks of each server. */
  public abstract Optional<SingleServerDataVolume> dataVolume();

  /** Existing key pair for logging in to the servers. */
  public abstract Optional<String> keypairName();

  /** Enterprise project id; the default project when absent or {@code "0"}. */
  public abstract Optional<String> enterpriseProjectId();

  /** Server image, at most 36 bytes; the default bare server image when absent. */
  public abstract Optional<String> imageId();

  @Value.Check
  void check() {
    Validate.length("server_name", serverName(), 1, 60);
    Validate.matches("server_name", serverName(), SERVER_NAME,
        "letters, digits, Chinese characters, underscores and hyphens");
    Validate.notBlank("server_model_name", serverModelName());
    Validate.range("count", count(), 1, 10);
    Validate.size("nics", nics(), 1, Integer.MAX_VALUE);
    imageId().ifPresent(id -> Validate.maxBytes("image_id", id, 36));
  }
}
