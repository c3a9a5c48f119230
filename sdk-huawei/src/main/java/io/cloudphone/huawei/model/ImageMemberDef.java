package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One project a custom image is shared with. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImageMember.Builder.class)
abstract class ImageMemberDef {
  /** When the image was shared with the project (sent as epoch milliseconds). */
  public abstract Optional<Instant> createTime();

  /** When the sharing was last updated (sent as epoch milliseconds). */
  public abstract Optional<Instant> updateTime();

  /** Id of the shared image. */
  public abstract Optional<String> imageId();

  /** Project id the image is shared with. */
  public abstract Optional<String> memberId();
}
