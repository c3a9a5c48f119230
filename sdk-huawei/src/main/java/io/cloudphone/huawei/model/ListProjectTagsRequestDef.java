package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Resource type and page window for {@code ListProjectTags}, which lists the tags used in the project. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListProjectTagsRequest.Builder.class)
abstract class ListProjectTagsRequestDef {
  /** Resource type; {@code cph-server} (cloud phone server), the only documented type, is the default. */
  @Value.Default
  public String resourceType() {
    return "cph-server";
  }

  /** Tags per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** Index of the first tag to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  @Value.Check
  void check() {
    Validate.notBlank("resource_type", resourceType());
    Validate.range("limit", limit(), 1, 100);
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
  }
}
