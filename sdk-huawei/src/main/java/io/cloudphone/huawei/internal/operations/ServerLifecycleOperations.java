package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.DELETE;
import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerRequest;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerResponse;
import io.cloudphone.huawei.model.CreateCloudPhoneSingleServerRequest;
import io.cloudphone.huawei.model.CreateCloudPhoneSingleServerResponse;
import io.cloudphone.huawei.model.DeleteCloudPhoneServerRequest;
import io.cloudphone.huawei.model.DeleteCloudPhoneServerResponse;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelOfferingsRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelOfferingsResponse;

/**
 * Server lifecycle operations newer than the seed reference (from Huawei's official SDK and current API pages),
 * declared as data: swapping, buying bare servers, releasing servers and checking flavor stock.
 */
public final class ServerLifecycleOperations {
  private ServerLifecycleOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ChangeCloudPhoneServer: swaps a server for a new one with the same name and id; phones are recreated. */
  public static final Operation<ChangeCloudPhoneServerRequest, ChangeCloudPhoneServerResponse>
      CHANGE_CLOUD_PHONE_SERVER =
          Operation.builder("ChangeCloudPhoneServer", POST, "/v2/{project_id}/cloud-phone/servers/{server_id}/change",
                  ChangeCloudPhoneServerRequest.class, ChangeCloudPhoneServerResponse.class)
              .docUrl(DOCS + "ChangeCloudPhoneServer.html")
              .build();

  /** CreateCloudPhoneSingleServer: orders bare servers (server image only, no phones); never replayed. */
  public static final Operation<CreateCloudPhoneSingleServerRequest, CreateCloudPhoneSingleServerResponse>
      CREATE_CLOUD_PHONE_SINGLE_SERVER =
          Operation.builder("CreateCloudPhoneSingleServer", POST, "/v2.1/{project_id}/cloud-phone/servers",
                  CreateCloudPhoneSingleServerRequest.class, CreateCloudPhoneSingleServerResponse.class)
              .docUrl(DOCS + "CreateCloudPhoneSingleServer.html")
              .build();

  /** DeleteCloudPhoneServer: releases servers; the server ids travel in the body of a DELETE. */
  public static final Operation<DeleteCloudPhoneServerRequest, DeleteCloudPhoneServerResponse>
      DELETE_CLOUD_PHONE_SERVER =
          Operation.builder("DeleteCloudPhoneServer", DELETE, "/v2/{project_id}/cloud-phone/servers",
                  DeleteCloudPhoneServerRequest.class, DeleteCloudPhoneServerResponse.class)
              .docUrl(DOCS + "cph_02_0001.html")
              .build();

  /** ListCloudPhoneServerModelOfferings: server flavors on sale per availability zone, marker-paged. */
  public static final Operation<ListCloudPhoneServerModelOfferingsRequest, ListCloudPhoneServerModelOfferingsResponse>
      LIST_CLOUD_PHONE_SERVER_MODEL_OFFERINGS =
          Operation.builder("ListCloudPhoneServerModelOfferings", GET, "/v1/{project_id}/server-model-offerings",
                  ListCloudPhoneServerModelOfferingsRequest.class, ListCloudPhoneServerModelOfferingsResponse.class)
              .query("marker", "limit")
              // No English page of this operation was found; the closest English page is the server flavor listing.
              .docUrl(DOCS + "cph_api_0505.html")
              .build();
}
