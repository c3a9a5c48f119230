package io.cloudphone.alibaba;

import java.net.URI;
import java.util.List;

/** Regions where Alibaba Cloud Phone (eds-aic) has a known endpoint. */
public final class AlibabaRegions {
  /** Region ids with a known eds-aic endpoint; others need {@code endpointOverride}. */
  public static final List<String> KNOWN_REGIONS = List.of("cn-shanghai", "ap-southeast-1");

  private AlibabaRegions() {}

  /** Whether {@code regionId} has a known endpoint. */
  public static boolean isKnown(String regionId) {
    return KNOWN_REGIONS.contains(regionId);
  }

  /** {@code https://eds-aic.{regionId}.aliyuncs.com}. */
  public static URI endpoint(String regionId) {
    return URI.create("https://eds-aic." + regionId + ".aliyuncs.com");
  }
}
