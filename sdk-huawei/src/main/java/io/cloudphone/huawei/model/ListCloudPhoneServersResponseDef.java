package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of cloud phone servers, newest first. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneServersResponse.Builder.class)
abstract class ListCloudPhoneServersResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Total number of servers matching the filters (sent by the current API, absent in older answers). */
  public abstract Optional<Integer> count();

  /** The servers on this page. */
  public abstract List<PhoneServer> servers();
}
