package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ActivateEdgeMobileAgent}, which registers an edge device as a mobile agent with a license key. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ActivateEdgeMobileAgentRequest.Builder.class)
abstract class ActivateEdgeMobileAgentRequestDef {
  /** Form factor of the device: {@code BOX}, {@code PHONE}, {@code PAD} or {@code OTHER}. */
  public abstract Optional<String> deviceClass();

  /** Unique identifier of the device, for example its serial number; required. */
  public abstract String deviceId();

  /**
   * Device metadata such as {@code fingerprint}, {@code deviceModel} or {@code firmwareVersion}. The service takes
   * it as the text of a JSON object; the SDK writes that text from this map.
   */
  @JsonSerialize(using = JsonObjectText.Writer.class)
  @JsonDeserialize(using = JsonObjectText.Reader.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, Object> deviceMeta();

  /** License key of an edge agent package; required, and never shown by {@code toString}. */
  @Value.Redacted
  public abstract String licenseKey();

  @Value.Check
  void check() {
    Validate.notBlank("DeviceId", deviceId());
    Validate.notBlank("LicenseKey", licenseKey());
  }
}
