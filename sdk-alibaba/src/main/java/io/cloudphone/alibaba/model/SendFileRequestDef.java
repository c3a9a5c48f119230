package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Pushes a file from OSS to instances ({@code SendFile}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SendFileRequest.Builder.class)
abstract class SendFileRequestDef {
  /** Instances that receive the file; at least one. */
  public abstract List<String> androidInstanceIdList();

  /** Whether an APK is installed once it has arrived. */
  public abstract Optional<Boolean> autoInstall();

  /** Caller-chosen token that makes retries of this request idempotent. */
  public abstract Optional<String> clientToken();

  /** MD5 digest of the file, for the service to verify it. */
  public abstract Optional<String> fileMd5();

  /** Folder on the instance the file is written to, for example {@code /data}. */
  public abstract String sourceFilePath();

  /** Name the file gets on the instance. */
  public abstract Optional<String> targetFileName();

  /** OSS endpoint; internal when the bucket is in the instance's region. */
  public abstract Optional<String> uploadEndpoint();

  /** Storage type; only {@code OSS}. */
  public abstract String uploadType();

  /** OSS URL of the file, {@code oss://cloudphone-saved-bucket-.../dir/file}. */
  public abstract String uploadUrl();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
  }
}
