package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeApps}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAppsRequest.Builder.class)
abstract class DescribeAppsRequestDef {
  /** Only these apps. */
  public abstract List<String> appIdList();

  /** Only apps with this name. */
  public abstract Optional<String> appName();

  /** Only apps of this type. */
  public abstract Optional<String> appType();

  /** Only apps of this region. */
  public abstract Optional<String> bizRegionId();

  /** Only apps in this install state, for example {@code INSTALLED} or {@code INSTALLFAILED}. */
  public abstract Optional<String> installationStatus();

  /** Only apps whose APK has this MD5 checksum. */
  @JsonProperty("MD5")
  public abstract Optional<String> md5();

  /** Entries per page, 1 to 100; the service defaults to 10. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only apps in this state: {@code CREATING}, {@code NORMAL} or {@code FAILED}. */
  public abstract Optional<String> status();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
