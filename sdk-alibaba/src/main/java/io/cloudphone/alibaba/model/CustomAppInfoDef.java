package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import org.immutables.value.Value;

/** A custom app given by download URL in {@code CreateApp}; the service needs all six fields. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CustomAppInfo.Builder.class)
abstract class CustomAppInfoDef {
  /** Size of the APK in MB, as text. */
  public abstract String apkSize();

  /** Where the cloud phones download the APK; they must be able to reach it. */
  public abstract String downloadUrl();

  /** MD5 checksum of the APK. */
  public abstract String md5();

  /** Android package name, for example {@code com.example.demo}. */
  public abstract String packageName();

  /** Version name, for example {@code 1.0.0}. */
  public abstract String version();

  /** Version code, as text. */
  public abstract String versionCode();
}
