package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** A shared file system and the servers to unmount it from ({@code DetachShareFilesystem}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DetachShareFilesystemRequest.Builder.class)
abstract class DetachShareFilesystemRequestDef {
  /** File system type; the service currently supports only {@code sfs_turbo}, the default. */
  @Value.Default
  public String type() {
    return "sfs_turbo";
  }

  /** Id of the shared file system. */
  public abstract String id();

  /** Servers to unmount it from, 1 to 20 per call. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    Validate.notBlank("type", type());
    Validate.notBlank("id", id());
    Validate.size("server_ids", serverIds(), 1, 20);
    serverIds().forEach(id -> Validate.notBlank("server_ids", id));
  }
}
