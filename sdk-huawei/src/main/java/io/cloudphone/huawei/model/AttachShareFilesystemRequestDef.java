package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A shared file system and the servers to mount it on ({@code AttachShareFilesystem}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AttachShareFilesystemRequest.Builder.class)
abstract class AttachShareFilesystemRequestDef {
  /** File system type; the service currently supports only {@code sfs_turbo}, the default. */
  @Value.Default
  public String type() {
    return "sfs_turbo";
  }

  /** Id of the shared file system. */
  public abstract String id();

  /** Servers to mount it on, 1 to 20 per call. */
  public abstract List<String> serverIds();

  /** Full path of a subdirectory to mount; the file system root when absent. */
  public abstract Optional<String> path();

  @Value.Check
  void check() {
    Validate.notBlank("type", type());
    Validate.notBlank("id", id());
    Validate.size("server_ids", serverIds(), 1, 20);
    serverIds().forEach(id -> Validate.notBlank("server_ids", id));
    path().ifPresent(p -> Validate.notBlank("path", p));
  }
}
