package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code UntagResources}, which removes tag keys (or all tags) from cloud phones. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UntagResourcesRequest.Builder.class)
abstract class UntagResourcesRequestDef {
  /** Whether to remove every tag, ignoring {@code TagKey}. */
  public abstract Optional<Boolean> all();

  /** Phones to untag (1 to 50), sent as {@code ResourceId.N}. */
  public abstract List<String> resourceId();

  /** Type of the resources: {@code ALIYUN::ACP::INSTANCE}. */
  public abstract String resourceType();

  /** Tag keys to remove (at most 20), sent as {@code TagKey.N}. */
  public abstract List<String> tagKey();

  @Value.Check
  void check() {
    Validate.size("ResourceId", resourceId(), 1, 50);
    Validate.size("TagKey", tagKey(), 0, 20);
  }
}
