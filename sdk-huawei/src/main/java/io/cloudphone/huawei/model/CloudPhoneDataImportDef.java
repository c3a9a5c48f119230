package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** The OBS object holding exported data and the phone to restore it onto, for {@code BatchImportCloudPhoneData}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneDataImport.Builder.class)
abstract class CloudPhoneDataImportDef {
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9.-]+");

  /** Id of the cloud phone receiving the data. */
  public abstract String phoneId();

  /** OBS bucket holding the data: 3 to 63 lowercase letters, digits, hyphens and periods. */
  public abstract String bucketName();

  /** OBS object key of the exported data, at most 1,024 characters. */
  public abstract String objectPath();

  @Value.Check
  void check() {
    Validate.notBlank("phone_id", phoneId());
    Validate.length("bucket_name", bucketName(), 3, 63);
    Validate.matches("bucket_name", bucketName(), BUCKET, "lowercase letters, digits, hyphens (-) and periods (.)");
    Validate.length("object_path", objectPath(), 1, 1024);
  }
}
