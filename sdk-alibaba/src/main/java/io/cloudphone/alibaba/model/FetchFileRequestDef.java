package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Pulls a file from instances and uploads it to OSS ({@code FetchFile}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = FetchFileRequest.Builder.class)
abstract class FetchFileRequestDef {
  /** Instances to pull the file from; at least one. */
  public abstract List<String> androidInstanceIdList();

  /** Caller-chosen token that makes retries of this request idempotent. */
  public abstract Optional<String> clientToken();

  /** Path of the file on the instance, for example {@code /data/a.txt}. */
  public abstract String sourceFilePath();

  /** OSS endpoint; internal when the bucket is in the instance's region. */
  public abstract String uploadEndpoint();

  /** Storage type; only {@code OSS}. */
  public abstract String uploadType();

  /** OSS folder for the file, {@code oss://cloudphone-saved-bucket-.../dir}. */
  public abstract String uploadUrl();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
  }
}
