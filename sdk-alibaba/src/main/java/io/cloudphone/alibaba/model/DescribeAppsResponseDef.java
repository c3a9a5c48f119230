package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of registered apps. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAppsResponse.Builder.class)
abstract class DescribeAppsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of apps matching the filters (sent as a string). */
  public abstract Optional<Long> totalCount();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** The apps on this page. */
  public abstract List<App> data();
}
