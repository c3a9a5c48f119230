package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A {@code .tar} file in OBS that {@code PushShareFiles} unpacks into the shared storage of cloud phone servers
 * (only flavors with shared storage, whose phone flavor lists {@code max_share_disk_size_g}).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PushShareFilesRequest.Builder.class)
abstract class PushShareFilesRequestDef {
  /** OBS bucket holding the file: 3 to 63 lower-case letters, digits, {@code -} and {@code .}. */
  public abstract String bucketName();

  /**
   * Path of the {@code .tar} object in the bucket, at most 1,024 characters; its directory tree is unpacked into
   * {@code /data} or {@code /cache}.
   */
  public abstract String objectPath();

  /** Ids of the servers to push to. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    ServerChecks.obsSource(bucketName(), objectPath());
    ServerChecks.serverIds(serverIds());
  }
}
