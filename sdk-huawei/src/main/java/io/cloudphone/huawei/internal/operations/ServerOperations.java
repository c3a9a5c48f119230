package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.DELETE;
import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;
import static io.cloudphone.core.internal.HttpMethod.PUT;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerModelRequest;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerModelResponse;
import io.cloudphone.huawei.model.CreateCloudPhoneServerRequest;
import io.cloudphone.huawei.model.CreateCloudPhoneServerResponse;
import io.cloudphone.huawei.model.CreateNet2CloudPhoneServerRequest;
import io.cloudphone.huawei.model.CreateNet2CloudPhoneServerResponse;
import io.cloudphone.huawei.model.DeleteShareAppsRequest;
import io.cloudphone.huawei.model.DeleteShareAppsResponse;
import io.cloudphone.huawei.model.DeleteShareFilesRequest;
import io.cloudphone.huawei.model.DeleteShareFilesResponse;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelsRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelsResponse;
import io.cloudphone.huawei.model.ListCloudPhoneServersRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServersResponse;
import io.cloudphone.huawei.model.ListShareFilesRequest;
import io.cloudphone.huawei.model.ListShareFilesResponse;
import io.cloudphone.huawei.model.PushShareAppsRequest;
import io.cloudphone.huawei.model.PushShareAppsResponse;
import io.cloudphone.huawei.model.PushShareFilesRequest;
import io.cloudphone.huawei.model.PushShareFilesResponse;
import io.cloudphone.huawei.model.RestartCloudPhoneServerRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneServerResponse;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailResponse;
import io.cloudphone.huawei.model.UpdateServerNameRequest;
import io.cloudphone.huawei.model.UpdateServerNameResponse;

/** Cloud phone server operations (API reference section 5.1), declared as data. */
public final class ServerOperations {
  private ServerOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ListCloudPhoneServers: one page of servers, filtered. */
  public static final Operation<ListCloudPhoneServersRequest, ListCloudPhoneServersResponse> LIST_CLOUD_PHONE_SERVERS =
      Operation.builder("ListCloudPhoneServers", GET, "/v1/{project_id}/cloud-phone/servers",
              ListCloudPhoneServersRequest.class, ListCloudPhoneServersResponse.class)
          .query("offset", "limit", "server_name", "server_id", "network_version", "phone_model_name",
              "create_since", "create_until", "status")
          .docUrl(DOCS + "cph_api_0502.html")
          .build();

  /** ShowCloudPhoneServerDetail (GetCloudPhoneServerDetail in the reference): one server in full. */
  public static final Operation<ShowCloudPhoneServerDetailRequest, ShowCloudPhoneServerDetailResponse>
      SHOW_CLOUD_PHONE_SERVER_DETAIL =
          Operation.builder("ShowCloudPhoneServerDetail", GET, "/v1/{project_id}/cloud-phone/servers/{server_id}",
                  ShowCloudPhoneServerDetailRequest.class, ShowCloudPhoneServerDetailResponse.class)
              .docUrl(DOCS + "cph_api_0540.html")
              .build();

  /** ListCloudPhoneServerModels (GetCloudPhoneServerModels in the reference): the server flavors. */
  public static final Operation<ListCloudPhoneServerModelsRequest, ListCloudPhoneServerModelsResponse>
      LIST_CLOUD_PHONE_SERVER_MODELS =
          Operation.builder("ListCloudPhoneServerModels", GET, "/v1/{project_id}/cloud-phone/server-models",
                  ListCloudPhoneServerModelsRequest.class, ListCloudPhoneServerModelsResponse.class)
              .query("product_type")
              .docUrl(DOCS + "cph_api_0505.html")
              .build();

  /**
   * CreateCloudPhoneServer: buys servers on a system network. Removed from Huawei's SDK in 3.1.60 but still
   * documented; note that it posts to the {@code /phones} collection.
   */
  public static final Operation<CreateCloudPhoneServerRequest, CreateCloudPhoneServerResponse>
      CREATE_CLOUD_PHONE_SERVER =
          Operation.builder("CreateCloudPhoneServer", POST, "/v1/{project_id}/cloud-phone/phones",
                  CreateCloudPhoneServerRequest.class, CreateCloudPhoneServerResponse.class)
              // The English reference keeps only the custom-network purchase (CreateNet2CloudPhoneServer) under
              // intl/en-us; its page is the closest English one (this operation's own is on the legacy en-us site).
              .docUrl(DOCS + "cph_api_0550.html")
              .build();

  /** CreateNet2CloudPhoneServer: buys servers on a custom network (recommended). */
  public static final Operation<CreateNet2CloudPhoneServerRequest, CreateNet2CloudPhoneServerResponse>
      CREATE_NET2_CLOUD_PHONE_SERVER =
          Operation.builder("CreateNet2CloudPhoneServer", POST, "/v2/{project_id}/cloud-phone/servers",
                  CreateNet2CloudPhoneServerRequest.class, CreateNet2CloudPhoneServerResponse.class)
              .docUrl(DOCS + "cph_api_0550.html")
              .build();

  /** RestartCloudPhoneServer: restarts servers, one job each. */
  public static final Operation<RestartCloudPhoneServerRequest, RestartCloudPhoneServerResponse>
      RESTART_CLOUD_PHONE_SERVER =
          Operation.builder("RestartCloudPhoneServer", POST, "/v1/{project_id}/cloud-phone/servers/batch-restart",
                  RestartCloudPhoneServerRequest.class, RestartCloudPhoneServerResponse.class)
              .docUrl(DOCS + "cph_api_0517.html")
              .build();

  /**
   * PushShareFiles: unpacks an OBS {@code .tar} into shared storage. Shares its path with DeleteShareFiles; the
   * service tells them apart by body ({@code bucket_name}/{@code object_path} here, {@code file_paths} there).
   */
  public static final Operation<PushShareFilesRequest, PushShareFilesResponse> PUSH_SHARE_FILES =
      Operation.builder("PushShareFiles", POST, "/v1/{project_id}/cloud-phone/phones/share-files",
              PushShareFilesRequest.class, PushShareFilesResponse.class)
          .docUrl(DOCS + "cph_api_0534.html")
          .build();

  /** ListShareFiles: lists a shared-storage directory through one job per server. */
  public static final Operation<ListShareFilesRequest, ListShareFilesResponse> LIST_SHARE_FILES =
      Operation.builder("ListShareFiles", GET, "/v1/{project_id}/cloud-phone/servers/share-files",
              ListShareFilesRequest.class, ListShareFilesResponse.class)
          .query("path", "server_ids", "offset", "limit")
          .docUrl(DOCS + "cph_api_0541.html")
          .build();

  /** DeleteShareFiles: deletes shared-storage files; same path as PushShareFiles, told apart by body. */
  public static final Operation<DeleteShareFilesRequest, DeleteShareFilesResponse> DELETE_SHARE_FILES =
      Operation.builder("DeleteShareFiles", POST, "/v1/{project_id}/cloud-phone/phones/share-files",
              DeleteShareFilesRequest.class, DeleteShareFilesResponse.class)
          .docUrl(DOCS + "cph_api_0535.html")
          .build();

  /** PushShareApps: pushes an application {@code .tar} to shared application storage. */
  public static final Operation<PushShareAppsRequest, PushShareAppsResponse> PUSH_SHARE_APPS =
      Operation.builder("PushShareApps", POST, "/v1/{project_id}/cloud-phone/phones/share-apps",
              PushShareAppsRequest.class, PushShareAppsResponse.class)
          .docUrl(DOCS + "cph_api_0546.html")
          .build();

  /** DeleteShareApps: removes a shared application (DELETE with a JSON body). */
  public static final Operation<DeleteShareAppsRequest, DeleteShareAppsResponse> DELETE_SHARE_APPS =
      Operation.builder("DeleteShareApps", DELETE, "/v1/{project_id}/cloud-phone/phones/share-apps",
              DeleteShareAppsRequest.class, DeleteShareAppsResponse.class)
          .docUrl(DOCS + "cph_api_0547.html")
          .build();

  /** ChangeCloudPhoneServerModel: orders a flavor change of one server. */
  public static final Operation<ChangeCloudPhoneServerModelRequest, ChangeCloudPhoneServerModelResponse>
      CHANGE_CLOUD_PHONE_SERVER_MODEL =
          Operation.builder("ChangeCloudPhoneServerModel", POST,
                  "/v1/{project_id}/cloud-phone/servers/change-server-model",
                  ChangeCloudPhoneServerModelRequest.class, ChangeCloudPhoneServerModelResponse.class)
              .docUrl(DOCS + "cph_api_0545.html")
              .build();

  /** UpdateServerName: renames one server. */
  public static final Operation<UpdateServerNameRequest, UpdateServerNameResponse> UPDATE_SERVER_NAME =
      Operation.builder("UpdateServerName", PUT, "/v1/{project_id}/cloud-phone/servers/{server_id}",
              UpdateServerNameRequest.class, UpdateServerNameResponse.class)
          .docUrl(DOCS + "cph_api_0551.html")
          .build();
}
