package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.model.CloudPhoneNode;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Server;
import io.cloudphone.core.internal.LenientTime;

/** Converts an Alibaba cloud phone node (matrix) into a neutral {@link Server}. */
public final class AlibabaServerMapper {
  private AlibabaServerMapper() {}

  /** The server for {@code node}; a node reports no addresses, zone or image of its own. */
  public static Server toServer(CloudPhoneNode node) {
    String raw = node.status().orElse("");
    return Server.builder()
        .provider(Provider.ALIBABA)
        .id(node.nodeId().orElse(""))
        .name(node.nodeName())
        .status(AlibabaServerStatusMapper.toNeutral(raw))
        .providerStatus(raw)
        // ServerType is the matrix specification (e.g. cpm.gx7.10xlarge); InstanceType is its phones'.
        .flavor(node.serverType().or(node::instanceType))
        .region(node.regionId())
        .phoneCount(node.phoneCount())
        .tags(AlibabaTags.toMap(node.tags()))
        .createdAt(node.gmtCreate().flatMap(LenientTime::parse))
        .build();
  }
}
