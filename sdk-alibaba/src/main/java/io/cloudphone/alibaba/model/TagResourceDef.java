package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One tag on one resource, as listed by {@code ListTagResources}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = TagResource.Builder.class)
abstract class TagResourceDef {
  /** The resource (phone) id. */
  public abstract Optional<String> resourceId();

  /** Type of the resource, for example {@code ALIYUN::ACP::INSTANCE}. */
  public abstract Optional<String> resourceType();

  /** Tag key. */
  public abstract Optional<String> tagKey();

  /** Tag value. */
  public abstract Optional<String> tagValue();
}
