package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Where the next page of a marker-paged list starts. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = MarkerPageInfo.Builder.class)
abstract class MarkerPageInfoDef {
  /** Marker to pass as {@code marker} to fetch the next page; absent or empty on the last page. */
  public abstract Optional<String> nextMarker();
}
