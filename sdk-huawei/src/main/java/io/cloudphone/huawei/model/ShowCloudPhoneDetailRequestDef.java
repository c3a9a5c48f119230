package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the cloud phone whose details {@code ShowCloudPhoneDetail} returns. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowCloudPhoneDetailRequest.Builder.class)
abstract class ShowCloudPhoneDetailRequestDef {
  /** Id of the cloud phone, as returned by {@code ListCloudPhones}. */
  public abstract String phoneId();

  @Value.Check
  void check() {
    // A blank id would turn GET /phones/{phone_id} into the list call GET /phones/.
    Validate.notBlank("phone_id", phoneId());
  }
}
