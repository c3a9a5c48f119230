package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The ADB port mapping of one instance, as listed by {@code ListInstanceAdbAttributes}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AdbAttribute.Builder.class)
abstract class AdbAttributeDef {
  /** Public IP address of the mapping. */
  public abstract Optional<String> externalIp();

  /** Public port (the service may report a range such as {@code 14840/14849}). */
  public abstract Optional<String> externalPort();

  /** When the mapping was created, as the service formats it. */
  public abstract Optional<String> gmtCreated();

  /** When the mapping last changed, as the service formats it. */
  public abstract Optional<String> gmtModified();

  /** The instance. */
  public abstract Optional<String> instanceId();

  /** Private IP address of the instance. */
  public abstract Optional<String> internalIp();

  /** Private port (for example {@code 5555/5555}). */
  public abstract Optional<String> internalPort();

  /** Protocol, for example {@code TCP}. */
  public abstract Optional<String> ipProtocol();
}
