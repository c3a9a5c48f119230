package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.PUT;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.UpdateKeypairRequest;
import io.cloudphone.huawei.model.UpdateKeypairResponse;

/** Key pair operations (API reference section 5.5), declared as data. */
public final class KeypairOperations {
  private KeypairOperations() {}

  /** UpdateKeypair: changes the key pair used to connect to the phones of each server. */
  public static final Operation<UpdateKeypairRequest, UpdateKeypairResponse> UPDATE_KEYPAIR =
      Operation.builder("UpdateKeypair", PUT, "/v1/{project_id}/cloud-phone/servers/open-access",
              UpdateKeypairRequest.class, UpdateKeypairResponse.class)
          .docUrl("https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0524.html")
          .build();
}
