package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One internal/public IP address pair of a cloud phone server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PhoneServerAddress.Builder.class)
abstract class PhoneServerAddressDef {
  /** Internal IP address; Huawei has retired this field in favour of {@link #serverIp()}. */
  public abstract Optional<String> intranetIp();

  /** Public IP address; Huawei has retired this field in favour of {@link #publicIp()}. */
  public abstract Optional<String> accessIp();

  /** Internal IP address of the server. */
  public abstract Optional<String> serverIp();

  /** Public IP address of the server. */
  public abstract Optional<String> publicIp();
}
