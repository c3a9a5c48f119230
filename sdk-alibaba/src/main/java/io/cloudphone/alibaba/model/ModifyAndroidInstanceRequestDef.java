package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** New name or bandwidth limits for instances, set through {@code ModifyAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyAndroidInstanceRequest.Builder.class)
abstract class ModifyAndroidInstanceRequestDef {
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}:_.\\-]*");

  /** Id of a single instance; when present the service ignores {@link #instanceIds()}. */
  public abstract Optional<String> androidInstanceId();

  /** Ids of the instances; at most 100. */
  public abstract List<String> instanceIds();

  /**
   * New name: up to 30 letters, digits, Chinese characters, {@code :}, {@code _}, {@code .} or {@code -}, starting
   * with a letter.
   */
  public abstract Optional<String> newAndroidInstanceName();

  /** Upstream bandwidth limit in Mbit/s. */
  public abstract Optional<Integer> upBandwidthLimit();

  /** Downstream bandwidth limit in Mbit/s. */
  public abstract Optional<Integer> downBandwidthLimit();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 100);
    Validate.length("NewAndroidInstanceName", newAndroidInstanceName(), 1, 30);
    Validate.matches("NewAndroidInstanceName", newAndroidInstanceName(), NAME,
        "letters, digits, Chinese characters, ':', '_', '.' and '-', starting with a letter");
  }
}
