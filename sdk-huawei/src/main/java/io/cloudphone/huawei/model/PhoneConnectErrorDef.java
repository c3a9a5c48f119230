package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone whose connection details could not be issued, with the service's reason. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PhoneConnectError.Builder.class)
abstract class PhoneConnectErrorDef {
  /** Phone the error belongs to. */
  public abstract Optional<String> phoneId();

  /** Error code, for example {@code CPS.0005}. */
  public abstract Optional<String> errorCode();

  /** Human-readable error message. */
  public abstract Optional<String> errorMsg();
}
