package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of encoding servers. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListEncodeServersResponse.Builder.class)
abstract class ListEncodeServersResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The encoding servers on this page. */
  public abstract List<EncodeServer> encodeServers();
}
