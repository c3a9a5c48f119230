package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.ListEncodeServersRequest;
import io.cloudphone.huawei.model.ListEncodeServersResponse;
import io.cloudphone.huawei.model.RestartEncodeServerRequest;
import io.cloudphone.huawei.model.RestartEncodeServerResponse;

/** Encoding server operations (API reference section 5.6), declared as data. */
public final class EncodeServerOperations {
  private EncodeServerOperations() {}

  /** ListEncodeServers: one page of encoding servers, filtered. */
  public static final Operation<ListEncodeServersRequest, ListEncodeServersResponse> LIST_ENCODE_SERVERS =
      Operation.builder("ListEncodeServers", GET, "/v1/{project_id}/cloud-phone/encode-servers",
              ListEncodeServersRequest.class, ListEncodeServersResponse.class)
          .query("offset", "limit", "type", "status", "server_id")
          .docUrl("https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0526.html")
          .build();

  /** RestartEncodeServer: restarts encoding servers in one batch. */
  public static final Operation<RestartEncodeServerRequest, RestartEncodeServerResponse> RESTART_ENCODE_SERVER =
      Operation.builder("RestartEncodeServer", POST, "/v1/{project_id}/cloud-phone/encode-servers/batch-restart",
              RestartEncodeServerRequest.class, RestartEncodeServerResponse.class)
          .docUrl("https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0527.html")
          .build();
}
