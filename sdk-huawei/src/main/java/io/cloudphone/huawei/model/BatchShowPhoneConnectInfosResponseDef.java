package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Connection details for the phones that could be reached, and an error for each phone that could not. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchShowPhoneConnectInfosResponse.Builder.class)
abstract class BatchShowPhoneConnectInfosResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Connection details, one per phone that succeeded. */
  public abstract List<PhoneConnectInfo> connectInfos();

  /** One entry per phone whose connection details could not be issued. */
  public abstract List<PhoneConnectError> errors();
}
