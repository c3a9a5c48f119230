package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An object (file or folder) in an OSS bucket listed by {@code DescribeBuckets}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = OssObject.Builder.class)
abstract class OssObjectDef {
  /** Bucket holding the object. */
  public abstract Optional<String> bucketName();

  /** Entity tag of the object's content. */
  public abstract Optional<String> eTag();

  /** Key (path) of the object. */
  public abstract Optional<String> key();

  /** When the object last changed, as OSS formats it. */
  public abstract Optional<String> lastModified();

  /** Owner of the object. */
  public abstract Optional<OssObjectOwner> owner();

  /** Restore state of an archived object. */
  public abstract Optional<String> restoreInfo();

  /** Size of the object. */
  public abstract Optional<Long> size();

  /** Storage class, for example {@code Standard} or {@code Archive}. */
  public abstract Optional<String> storageClass();

  /** Object type, for example {@code Normal}. */
  public abstract Optional<String> type();
}
