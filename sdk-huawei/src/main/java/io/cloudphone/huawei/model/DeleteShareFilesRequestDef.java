package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Files and directories that {@code DeleteShareFiles} removes from the shared storage of cloud phone servers. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteShareFilesRequest.Builder.class)
abstract class DeleteShareFilesRequestDef {
  private static final Pattern FILE_PATH = Pattern.compile("[A-Za-z0-9./ _=-]+");

  /**
   * Absolute paths to delete, each starting with {@code /}, at most 4,096 bytes of letters, digits, spaces and
   * {@code . / - _ =}, without {@code ..}.
   */
  public abstract List<String> filePaths();

  /** Ids of the servers to delete from. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    ServerChecks.notEmpty("file_paths", filePaths());
    for (String path : filePaths()) {
      Validate.maxBytes("file_paths", path, 4096);
      Validate.matches("file_paths", path, FILE_PATH, "letters, digits, spaces, '.', '/', '-', '_' and '='");
      ServerChecks.require(path.startsWith("/"), "file_paths must be absolute (start with '/')");
      // The service refuses parent-directory references to prevent directory traversal.
      ServerChecks.require(!path.contains(".."), "file_paths must not contain '..'");
    }
    ServerChecks.serverIds(serverIds());
  }
}
