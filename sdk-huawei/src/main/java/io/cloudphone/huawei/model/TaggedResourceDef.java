package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource found by {@code ListResourceInstances}, with its tags. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = TaggedResource.Builder.class)
abstract class TaggedResourceDef {
  /** Resource id (for {@code cph-server}, the cloud phone server id). */
  public abstract Optional<String> resourceId();

  /** Resource details as one string, as the service sends them. */
  public abstract Optional<String> resourceDetail();

  /** Resource name. */
  public abstract Optional<String> resourceName();

  /** Tags on the resource. */
  public abstract List<AttachedTag> tags();
}
