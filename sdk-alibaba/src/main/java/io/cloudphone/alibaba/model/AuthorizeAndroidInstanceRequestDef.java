package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Assigns Android instances to a convenience user, or takes them away, through {@code AuthorizeAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AuthorizeAndroidInstanceRequest.Builder.class)
abstract class AuthorizeAndroidInstanceRequestDef {
  /** Ids of the instances to assign or unassign. */
  public abstract List<String> androidInstanceIds();

  /** User to assign the instances to. */
  public abstract Optional<String> authorizeUserId();

  /** User to take the instances away from. */
  public abstract Optional<String> unAuthorizeUserId();
}
