package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Which data of one phone to export and the OBS object to write it to, for {@code BatchExportCloudPhoneData}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneDataExport.Builder.class)
abstract class CloudPhoneDataExportDef {
  // '*' is missing from the 2022 seed's list but used by its own example and allowed by the current page.
  private static final Pattern PHONE_PATH = Pattern.compile("/(data|cache)(/[A-Za-z0-9./_+#=*-]*)?");
  private static final String PHONE_PATH_CHARS =
      "absolute paths under /data or /cache made of letters, digits and . / - _ + # = *";
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9.-]+");
  private static final Pattern OBJECT_PATH = Pattern.compile("[A-Za-z0-9./_+#=-]+");

  /** Id of the cloud phone whose data is exported. */
  public abstract String phoneId();

  /** Absolute paths to export, each under {@code /data} or {@code /cache} and at most 4,096 bytes; at least one. */
  public abstract List<String> includeFiles();

  /** Paths not to export; they win over {@link #includeFiles()}; omitted from the request when empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> excludeFiles();

  /** OBS bucket receiving the export: 3 to 63 lowercase letters, digits, hyphens and periods. */
  public abstract String bucketName();

  /** OBS object key to write, at most 1,024 letters, digits and . / - _ + # = characters. */
  public abstract String objectPath();

  @Value.Check
  void check() {
    Validate.notBlank("phone_id", phoneId());
    Validate.size("include_files", includeFiles(), 1, Integer.MAX_VALUE);
    for (String path : includeFiles()) {
      Validate.maxBytes("include_files", path, 4096);
      Validate.matches("include_files", path, PHONE_PATH, PHONE_PATH_CHARS);
    }
    for (String path : excludeFiles()) {
      Validate.maxBytes("exclude_files", path, 4096);
      Validate.matches("exclude_files", path, PHONE_PATH, PHONE_PATH_CHARS);
    }
    Validate.length("bucket_name", bucketName(), 3, 63);
    Validate.matches("bucket_name", bucketName(), BUCKET, "lowercase letters, digits, hyphens (-) and periods (.)");
    Validate.length("object_path", objectPath(), 1, 1024);
    Validate.matches("object_path", objectPath(), OBJECT_PATH, "letters, digits and . / - _ + # =");
  }
}
