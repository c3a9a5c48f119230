package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Takes screenshots of instances into an OSS bucket through {@code CreateScreenshot}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateScreenshotRequest.Builder.class)
abstract class CreateScreenshotRequestDef {
  private static final String BUCKET_PREFIX = "cloudphone-saved-bucket-";

  /** Ids of the instances to capture; at least one. */
  public abstract List<String> androidInstanceIdList();

  /**
   * OSS bucket in the instances' region whose name starts with {@code cloudphone-saved-bucket-}; a default bucket is
   * created when absent.
   */
  public abstract Optional<String> ossBucketName();

  /** Caller-chosen id of the screenshot, echoed in each task of the answer. */
  public abstract Optional<String> screenshotId();

  /** Whether to skip the screenshot policy check, {@code "true"} or {@code "false"} (the default). */
  public abstract Optional<String> skipCheckPolicyConfig();

  @Value.Check
  void check() {
    if (androidInstanceIdList().isEmpty()) {
      throw new IllegalArgumentException("AndroidInstanceIdList must hold at least one instance id");
    }
    ossBucketName().ifPresent(name -> {
      if (!name.startsWith(BUCKET_PREFIX)) {
        throw new IllegalArgumentException(
            "OssBucketName must start with " + BUCKET_PREFIX + " but was " + name);
      }
    });
  }
}
