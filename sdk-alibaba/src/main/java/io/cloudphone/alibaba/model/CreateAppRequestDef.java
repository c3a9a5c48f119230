package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Registers an Android app for later installation ({@code CreateApp}), from the app center or by URL. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateAppRequest.Builder.class)
abstract class CreateAppRequestDef {
  /** Display name of the app. */
  public abstract Optional<String> appName();

  /** Region the app belongs to, for example {@code cn-hangzhou}. */
  public abstract Optional<String> bizRegionId();

  /** A custom app by download URL; sent as one JSON string and preferred over the file fields. */
  public abstract Optional<CustomAppInfo> customAppInfo();

  /** Description of the app. */
  public abstract Optional<String> description();

  /** Name of the app file in the WUYING app center (OSS); used together with {@code filePath}. */
  public abstract Optional<String> fileName();

  /** Folder of the app file in the WUYING app center (OSS); used together with {@code fileName}. */
  public abstract Optional<String> filePath();

  /** URL of the app icon. */
  public abstract Optional<String> iconUrl();

  /** Extra {@code pm install} options; {@code -r} is always added. */
  public abstract Optional<String> installParam();

  /** OSS address of the app file, an alternative to {@code fileName} and {@code filePath}. */
  public abstract Optional<String> ossAppUrl();

  /** Whether to sign the APK with the system signature ({@code "true"} or {@code "false"}). */
  public abstract Optional<String> signApk();
}
