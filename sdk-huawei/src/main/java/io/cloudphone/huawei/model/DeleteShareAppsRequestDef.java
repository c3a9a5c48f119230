package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** The shared application that {@code DeleteShareApps} removes from cloud phone servers. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteShareAppsRequest.Builder.class)
abstract class DeleteShareAppsRequestDef {
  /** Starts with a letter, holds at least one period, does not end with one. */
  private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z](?=[A-Za-z0-9_.]*\\.)[A-Za-z0-9_.]*[A-Za-z0-9_]");

  /**
   * Package name of the application, at most 128 bytes of letters, digits, {@code _} and {@code .}, starting with
   * a letter, containing a period and not ending with one.
   */
  public abstract String packageName();

  /** Ids of the servers to delete from. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    Validate.maxBytes("package_name", packageName(), 128);
    Validate.matches("package_name", packageName(), PACKAGE_NAME,
        "letters, digits, '_' and '.', starting with a letter, with at least one '.' and not ending with '.'");
    ServerChecks.serverIds(serverIds());
  }
}
