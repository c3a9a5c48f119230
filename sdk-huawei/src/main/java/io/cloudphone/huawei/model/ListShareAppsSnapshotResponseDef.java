package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of the applications in a server's shared application store, one page at a time. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListShareAppsSnapshotResponse.Builder.class)
abstract class ListShareAppsSnapshotResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** When the service collected this snapshot. */
  public abstract Optional<Instant> collectTime();

  /** The shared applications on this page. */
  public abstract List<SharedAppSnapshot> shareApps();

  /** Marker of the next page, absent on the last page. */
  public abstract Optional<MarkerPageInfo> pageInfo();
}
