package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A registered Android app as listed by {@code DescribeApps}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = App.Builder.class)
abstract class AppDef {
  /** Id of the app. */
  public abstract Optional<Integer> appId();

  /** Display name of the app. */
  public abstract Optional<String> appName();

  /** Type of the app. */
  public abstract Optional<String> appType();

  /** Android package name. */
  public abstract Optional<String> packageName();

  /** Version of the app. */
  public abstract Optional<String> androidAppVersion();

  /** Size of the APK, as the service formats it. */
  public abstract Optional<String> apkSize();

  /** MD5 checksum of the APK. */
  @JsonProperty("MD5")
  public abstract Optional<String> md5();

  /** Region of the app. */
  public abstract Optional<String> bizRegionId();

  /** Description of the app. */
  public abstract Optional<String> description();

  /** URL of the app icon. */
  public abstract Optional<String> iconUrl();

  /** Registration state: {@code CREATING}, {@code NORMAL} or {@code FAILED}. */
  public abstract Optional<String> status();

  /** Install state, for example {@code INSTALLING}, {@code INSTALLED}, {@code UNINSTALLED}, {@code INSTALLFAILED}. */
  public abstract Optional<String> installationStatus();

  /** Instance groups the app is installed in. */
  public abstract List<String> instanceGroupList();

  /** When the app was registered, as the service formats it. */
  public abstract Optional<String> gmtCreate();

  /** When the app was last changed, as the service formats it. */
  public abstract Optional<String> gmtModified();
}
