package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One application in a server's shared application store, with the versions stored. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SharedAppSnapshot.Builder.class)
abstract class SharedAppSnapshotDef {
  /** Application package name. */
  public abstract Optional<String> packageName();

  /** Versions of the application the store holds. */
  public abstract List<String> versions();
}
