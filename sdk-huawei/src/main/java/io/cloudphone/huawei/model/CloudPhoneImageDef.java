package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An image a cloud phone can run. The wire names {@code is_public} and {@code is_support_encrypt} map to
 * {@link #visibility()} and {@link #supportsEncryption()}, because the project style reads an {@code is}
 * prefix as a boolean getter.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneImage.Builder.class)
abstract class CloudPhoneImageDef {
  /** Unique id of the image, at most 32 bytes. */
  public abstract Optional<String> imageId();

  /** Image name, at most 128 bytes. */
  public abstract Optional<String> imageName();

  /** Operating system type, at most 16 bytes, for example {@code aosp}. */
  public abstract Optional<String> osType();

  /** Operating system and version, at most 36 bytes, for example {@code AOSP7.1.1}. */
  public abstract Optional<String> osName();

  /** Image visibility ({@code is_public} on the wire): 1 public image, 2 private image. */
  @JsonProperty("is_public")
  public abstract Optional<Integer> visibility();

  /**
   * Server flavors the image fits: {@code cloud_phone}, {@code cloud_phone_1620}, {@code cloud_game},
   * {@code cloud_game_1620} or {@code qemu_phone}.
   */
  public abstract Optional<String> imageLabel();

  /** Whether the image supports file-level encryption ({@code is_support_encrypt}; current API only). */
  @JsonProperty("is_support_encrypt")
  public abstract Optional<Boolean> supportsEncryption();
}
