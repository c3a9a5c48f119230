package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone flavor: the size of each phone and how many fit on one server flavor. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneModel.Builder.class)
abstract class CloudPhoneModelDef {
  /** Server flavor that hosts phones of this flavor, at most 64 bytes, for example {@code physical.rx1.xlarge}. */
  public abstract Optional<String> serverModelName();

  /** Phone flavor name, at most 64 bytes. */
  public abstract Optional<String> phoneModelName();

  /** Specification code of the flavor, at most 64 bytes. */
  public abstract Optional<String> specCode();

  /** Number of CPU cores of each phone; the service has been seen sending {@code 2.0}, read as 2. */
  public abstract Optional<Integer> cpu();

  /** Memory of each phone in MB. */
  public abstract Optional<Integer> memory();

  /** Storage of each phone in GiB. */
  public abstract Optional<Integer> disk();

  /** Screen resolution, at most 16 bytes, for example {@code 720x1280}. */
  public abstract Optional<String> resolution();

  /** Extended description as one JSON object encoded in a string, at most 512 bytes. */
  public abstract Optional<String> extendSpec();

  /** Number of phones of this flavor on one server. */
  public abstract Optional<Integer> phoneCapacity();

  /** Flavor status: 1 available, 0 offline (no longer offered for new servers). */
  public abstract Optional<Integer> status();

  /** Product type: 0 cloud phone, 1 cloud mobile gaming. */
  public abstract Optional<Integer> productType();

  /** Image family the flavor runs: {@code qemu_phone}, {@code cloud_phone}, {@code cloud_game} and their {@code _1620} variants. */
  public abstract Optional<String> imageLabel();

  /** Flavor generation: 0 for version 1.0, 1 for version 2.0 (current API only). */
  public abstract Optional<Integer> phoneModelVersion();

  /** Screen density in dots per inch (current API only). */
  public abstract Optional<Integer> dpi();

  /** Frame rate, sent as text (current API only). */
  public abstract Optional<String> fps();

  /** Whether each phone has its own physical disk: 0 shared, 1 independent (current API only). */
  public abstract Optional<Integer> volumeMode();

  /** Rendering frame rate (current API only). */
  public abstract Optional<Integer> renderFps();

  /** Streaming frame rate (current API only). */
  public abstract Optional<Integer> streamFps();
}
