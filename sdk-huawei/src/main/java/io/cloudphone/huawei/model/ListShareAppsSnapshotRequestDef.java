package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Which server's shared applications to list, and one page window ({@code ListShareAppsSnapshot}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListShareAppsSnapshotRequest.Builder.class)
abstract class ListShareAppsSnapshotRequestDef {
  private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

  /** Server whose shared application store is listed. */
  public abstract String serverId();

  /** Applications per page, 1 to 500; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** Marker from the previous page's {@code page_info.next_marker}; absent for the first page. */
  public abstract Optional<String> marker();

  /** Only this application package, for example {@code com.example.app}; at most 128 characters. */
  public abstract Optional<String> packageName();

  @Value.Check
  void check() {
    Validate.notBlank("server_id", serverId());
    Validate.range("limit", limit(), 1, 500);
    Validate.length("package_name", packageName(), 1, 128);
    Validate.matches("package_name", packageName(), PACKAGE_NAME,
        "letters, digits, underscores and dots, starting with a letter and holding at least one dot");
  }
}
