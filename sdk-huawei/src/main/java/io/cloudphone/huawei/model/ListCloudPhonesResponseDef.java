package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of cloud phones, newest first. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhonesResponse.Builder.class)
abstract class ListCloudPhonesResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Total number of phones matching the filters (sent by the current API, absent in older answers). */
  public abstract Optional<Integer> count();

  /** The phones on this page. */
  public abstract List<CloudPhone> phones();
}
