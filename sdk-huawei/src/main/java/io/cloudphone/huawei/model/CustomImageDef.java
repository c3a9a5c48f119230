package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A custom cloud phone image, either your own (private) or one another account shared with you. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CustomImage.Builder.class)
abstract class CustomImageDef {
  /** Account (domain) that owns the image. */
  public abstract Optional<String> domainId();

  /** Image name. */
  public abstract Optional<String> imageName();

  /** When the image was last updated, as the service formats it (Huawei does not document the format). */
  public abstract Optional<String> updateTime();

  /** When the image was created, as the service formats it (Huawei does not document the format). */
  public abstract Optional<String> createTime();

  /** Image size in bytes. */
  public abstract Optional<Long> imageSize();

  /** Project owning the image; sent only for private images. */
  public abstract Optional<String> projectId();

  /** Unique id of the image. */
  public abstract Optional<String> imageId();

  /** AOSP version of the image. */
  public abstract Optional<String> imageVersion();

  /** Image type: {@code private} or {@code share}. */
  public abstract Optional<String> imageType();

  /** Image status: 0 creating, 1 ready for use, 2 creation failed. */
  public abstract Optional<Integer> status();

  /** Project of the account that shared the image; sent only for shared images. */
  public abstract Optional<String> srcProjectId();
}
