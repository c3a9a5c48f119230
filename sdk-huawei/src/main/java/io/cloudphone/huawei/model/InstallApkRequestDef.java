package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * The APK (or the split APKs of one app) in OBS that {@code InstallApk} downloads and installs on the phones; APKs
 * up to 2 GB, and the service needs read access to the bucket.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstallApkRequest.Builder.class)
abstract class InstallApkRequestDef {
  private static final String INSTALL = "install";
  private static final String INSTALL_MULTIPLE = "install-multiple";
  private static final int MAX_MULTIPLE_BYTES = 8100;
  private static final int MAX_APKS = 50;

  /**
   * Optional {@code adb install} flags followed by {@code obs://bucket/path/file.apk} addresses separated by spaces,
   * e.g. {@code -t -r obs://bucket/app.apk}: one APK in at most 1,024 bytes, or up to 50 split APKs of one app in at
   * most 8,100 bytes; letters, digits, spaces and {@code _ . / : -} only.
   */
  public abstract String content();

  /** Phones the APK is installed on; give these or {@link #serverIds()}, not both. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> phoneIds();

  /** Cloud phone servers on whose phones the APK is installed; give these or {@link #phoneIds()}, not both. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> serverIds();

  /**
   * The ADB command sent, derived from {@link #content()}: {@code install} for one APK, {@code install-multiple} for
   * the split APKs of one app (the service installs only the first APK when {@code install} gets several).
   */
  @Value.Derived
  @JsonProperty("command")
  public String command() {
    return apkAddresses().size() > 1 ? INSTALL_MULTIPLE : INSTALL;
  }

  private List<String> apkAddresses() {
    return Arrays.stream(content().trim().split(" +")).filter(token -> token.startsWith("obs://")).toList();
  }

  @Value.Check
  void check() {
    Validate.notBlank("content", content());
    Validate.matches("content", content(), AdbCommandChecks.CONTENT, AdbCommandChecks.CONTENT_ALLOWED);
    List<String> apks = apkAddresses();
    Validate.size("content (obs:// APK addresses)", apks, 1, MAX_APKS);
    for (String apk : apks) {
      if (!apk.endsWith(".apk")) {
        throw new IllegalArgumentException("content may name only .apk files but named " + apk);
      }
    }
    Validate.maxBytes("content", content(),
        apks.size() > 1 ? MAX_MULTIPLE_BYTES : AdbCommandChecks.MAX_CONTENT_BYTES);
    AdbCommandChecks.targets(phoneIds(), serverIds());
  }
}
