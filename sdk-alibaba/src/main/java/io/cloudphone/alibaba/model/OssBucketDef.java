package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An OSS bucket usable for backups (named {@code cloudphone-saved-bucket-*}), with its objects. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = OssBucket.Builder.class)
abstract class OssBucketDef {
  /** Name of the bucket. */
  public abstract Optional<String> bucketName();

  /** Public endpoint of the bucket. */
  public abstract Optional<String> extranetEndpoint();

  /** When the bucket was created, as the service formats it. */
  public abstract Optional<String> gmtCreated();

  /** Endpoint for callers in the same region. */
  public abstract Optional<String> intranetEndpoint();

  /** Storage location of the bucket. */
  public abstract Optional<String> location();

  /** Objects in the bucket. */
  public abstract List<OssObject> ossObjectList();

  /** Region of the bucket. */
  public abstract Optional<String> regionId();
}
