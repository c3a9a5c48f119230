package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.GetNetworkBlacklistRequest;
import io.cloudphone.alibaba.model.GetNetworkBlacklistResponse;
import io.cloudphone.alibaba.model.SetNetworkBlacklistRequest;
import io.cloudphone.alibaba.model.SetNetworkBlacklistResponse;
import io.cloudphone.core.internal.Operation;

/** Account-wide network blacklist operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query. */
public final class NetworkOperations {
  private NetworkOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** GetNetworkBlacklist: reads the IP and domain blacklist. */
  public static final Operation<GetNetworkBlacklistRequest, GetNetworkBlacklistResponse> GET_NETWORK_BLACKLIST =
      Operation.builder("GetNetworkBlacklist", POST, "/", GetNetworkBlacklistRequest.class, GetNetworkBlacklistResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "getnetworkblacklist")
          .build();

  /** SetNetworkBlacklist: replaces the IP and domain blacklist. */
  public static final Operation<SetNetworkBlacklistRequest, SetNetworkBlacklistResponse> SET_NETWORK_BLACKLIST =
      Operation.builder("SetNetworkBlacklist", POST, "/", SetNetworkBlacklistRequest.class, SetNetworkBlacklistResponse.class)
          .docUrl(DOCS + "setnetworkblacklist")
          .build();
}
