package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of tag bindings. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListTagResourcesResponse.Builder.class)
abstract class ListTagResourcesResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** The bindings on this page. */
  public abstract List<TagResource> tagResources();
}
