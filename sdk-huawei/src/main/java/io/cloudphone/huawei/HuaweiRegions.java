package io.cloudphone.huawei;

import java.net.URI;
import java.util.List;

/** The regions where Huawei offers Cloud Phone Host, and their endpoints. */
public final class HuaweiRegions {
  /** Region ids with a CPH endpoint, as Huawei's endpoint list gives them. */
  public static final List<String> CPH_REGIONS = List.of("ru-northwest-2", "ap-southeast-1",
      "ap-southeast-3", "cn-north-4", "cn-north-9", "cn-south-1", "cn-southwest-2", "cn-east-2", "cn-east-3",
      "cn-east-4", "la-south-2", "la-north-2", "af-north-1");

  private HuaweiRegions() {}

  /** Whether {@code region} has a known CPH endpoint. */
  public static boolean isKnown(String region) {
    return CPH_REGIONS.contains(region);
  }

  /** {@code https://cph.{region}.myhuaweicloud.com}. */
  public static URI cphEndpoint(String region) {
    return URI.create("https://cph." + region + ".myhuaweicloud.com");
  }

  /** {@code https://iam.{region}.myhuaweicloud.com}. */
  public static URI iamEndpoint(String region) {
    return URI.create("https://iam." + region + ".myhuaweicloud.com");
  }
}
