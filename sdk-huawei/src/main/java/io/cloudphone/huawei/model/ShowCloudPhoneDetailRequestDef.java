package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the cloud phone whose details {@code ShowCloudPhoneDetail} returns. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ShowCloudPhoneDetailRequest.class)
@JsonDeserialize(as = ShowCloudPhoneDetailRequest.class)
abstract class ShowCloudPhoneDetailRequestDef {
  /** Id of the cloud phone, as returned by {@code ListCloudPhones}. */
  public abstract String phoneId();

  @Value.Check
  void check() {
    // A blank id would turn GET /phones/{phone_id} into the list call GET /phones/.
    Validate.notBlank("phone_id", phoneId());
  }
}
