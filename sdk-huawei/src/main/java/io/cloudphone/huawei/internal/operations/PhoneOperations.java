package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;
import static io.cloudphone.core.internal.HttpMethod.PUT;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.BatchExportCloudPhoneDataRequest;
import io.cloudphone.huawei.model.BatchExportCloudPhoneDataResponse;
import io.cloudphone.huawei.model.BatchImportCloudPhoneDataRequest;
import io.cloudphone.huawei.model.BatchImportCloudPhoneDataResponse;
import io.cloudphone.huawei.model.BatchMigrateCloudPhoneRequest;
import io.cloudphone.huawei.model.BatchMigrateCloudPhoneResponse;
import io.cloudphone.huawei.model.ImportTrafficRequest;
import io.cloudphone.huawei.model.ImportTrafficResponse;
import io.cloudphone.huawei.model.ListCloudPhoneImagesRequest;
import io.cloudphone.huawei.model.ListCloudPhoneImagesResponse;
import io.cloudphone.huawei.model.ListCloudPhoneModelsRequest;
import io.cloudphone.huawei.model.ListCloudPhoneModelsResponse;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import io.cloudphone.huawei.model.ResetCloudPhoneRequest;
import io.cloudphone.huawei.model.ResetCloudPhoneResponse;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneResponse;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailResponse;
import io.cloudphone.huawei.model.StopCloudPhoneRequest;
import io.cloudphone.huawei.model.StopCloudPhoneResponse;
import io.cloudphone.huawei.model.UpdateCloudPhonePropertyRequest;
import io.cloudphone.huawei.model.UpdateCloudPhonePropertyResponse;
import io.cloudphone.huawei.model.UpdatePhoneNameRequest;
import io.cloudphone.huawei.model.UpdatePhoneNameResponse;

/** Cloud phone operations (API reference section 5.3), declared as data. */
public final class PhoneOperations {
  private PhoneOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ListCloudPhones: one page of phones, filtered. */
  public static final Operation<ListCloudPhonesRequest, ListCloudPhonesResponse> LIST_CLOUD_PHONES =
      Operation.builder("ListCloudPhones", GET, "/v1/{project_id}/cloud-phone/phones",
              ListCloudPhonesRequest.class, ListCloudPhonesResponse.class)
          .query("phone_name", "server_id", "status", "offset", "limit", "type")
          .docUrl(DOCS + "cph_api_0503.html")
          .build();

  /** ShowCloudPhoneDetail (GetCloudPhoneDetail in the 2022 reference): one phone in full. */
  public static final Operation<ShowCloudPhoneDetailRequest, ShowCloudPhoneDetailResponse> SHOW_CLOUD_PHONE_DETAIL =
      Operation.builder("ShowCloudPhoneDetail", GET, "/v1/{project_id}/cloud-phone/phones/{phone_id}",
              ShowCloudPhoneDetailRequest.class, ShowCloudPhoneDetailResponse.class)
          .docUrl(DOCS + "cph_api_0504.html")
          .build();

  /** ListCloudPhoneModels: phone flavors, optionally by status. */
  public static final Operation<ListCloudPhoneModelsRequest, ListCloudPhoneModelsResponse> LIST_CLOUD_PHONE_MODELS =
      Operation.builder("ListCloudPhoneModels", GET, "/v1/{project_id}/cloud-phone/phone-models",
              ListCloudPhoneModelsRequest.class, ListCloudPhoneModelsResponse.class)
          .query("status", "offset", "limit")
          .docUrl(DOCS + "cph_api_0506.html")
          .build();

  /** ListCloudPhoneImages (ListPhoneImages in the 2022 reference): images the project may use. */
  public static final Operation<ListCloudPhoneImagesRequest, ListCloudPhoneImagesResponse> LIST_CLOUD_PHONE_IMAGES =
      Operation.builder("ListCloudPhoneImages", GET, "/v1/{project_id}/cloud-phone/phone-images",
              ListCloudPhoneImagesRequest.class, ListCloudPhoneImagesResponse.class)
          .query("image_type")
          .docUrl(DOCS + "cph_api_0519.html")
          .build();

  /** ResetCloudPhone: factory-resets phones; asynchronous, one job per phone. */
  public static final Operation<ResetCloudPhoneRequest, ResetCloudPhoneResponse> RESET_CLOUD_PHONE =
      Operation.builder("ResetCloudPhone", POST, "/v1/{project_id}/cloud-phone/phones/batch-reset",
              ResetCloudPhoneRequest.class, ResetCloudPhoneResponse.class)
          .docUrl(DOCS + "cph_api_0514.html")
          .build();

  /** RestartCloudPhone: restarts (or starts) phones; asynchronous, one job per phone. */
  public static final Operation<RestartCloudPhoneRequest, RestartCloudPhoneResponse> RESTART_CLOUD_PHONE =
      Operation.builder("RestartCloudPhone", POST, "/v1/{project_id}/cloud-phone/phones/batch-restart",
              RestartCloudPhoneRequest.class, RestartCloudPhoneResponse.class)
          .docUrl(DOCS + "cph_api_0515.html")
          .build();

  /** StopCloudPhone (PowerOffCloudPhone in the 2022 reference): powers phones off, one job per phone. */
  public static final Operation<StopCloudPhoneRequest, StopCloudPhoneResponse> STOP_CLOUD_PHONE =
      Operation.builder("StopCloudPhone", POST, "/v1/{project_id}/cloud-phone/phones/batch-stop",
              StopCloudPhoneRequest.class, StopCloudPhoneResponse.class)
          .docUrl(DOCS + "cph_api_0516.html")
          .build();

  /** UpdatePhoneName (UpdatePhoneNumber in the 2022 reference): renames one phone. */
  public static final Operation<UpdatePhoneNameRequest, UpdatePhoneNameResponse> UPDATE_PHONE_NAME =
      Operation.builder("UpdatePhoneName", PUT, "/v1/{project_id}/cloud-phone/phones/{phone_id}",
              UpdatePhoneNameRequest.class, UpdatePhoneNameResponse.class)
          .docUrl(DOCS + "cph_api_0508.html")
          .build();

  /** UpdateCloudPhoneProperty: sets phone properties; asynchronous, one job per phone. */
  public static final Operation<UpdateCloudPhonePropertyRequest, UpdateCloudPhonePropertyResponse>
      UPDATE_CLOUD_PHONE_PROPERTY =
          Operation.builder("UpdateCloudPhoneProperty", POST,
                  "/v1/{project_id}/cloud-phone/phones/batch-update-property",
                  UpdateCloudPhonePropertyRequest.class, UpdateCloudPhonePropertyResponse.class)
              .docUrl(DOCS + "cph_api_0536.html")
              .build();

  /** BatchExportCloudPhoneData (BatchStorageCloudPhoneData in the 2022 reference): phone data to OBS. */
  public static final Operation<BatchExportCloudPhoneDataRequest, BatchExportCloudPhoneDataResponse>
      BATCH_EXPORT_CLOUD_PHONE_DATA =
          Operation.builder("BatchExportCloudPhoneData", POST, "/v1/{project_id}/cloud-phone/phones/batch-storage",
                  BatchExportCloudPhoneDataRequest.class, BatchExportCloudPhoneDataResponse.class)
              .docUrl(DOCS + "cph_api_0538.html")
              .build();

  /** BatchImportCloudPhoneData (BatchReStoreCloudPhoneData in the 2022 reference): OBS data back onto phones. */
  public static final Operation<BatchImportCloudPhoneDataRequest, BatchImportCloudPhoneDataResponse>
      BATCH_IMPORT_CLOUD_PHONE_DATA =
          Operation.builder("BatchImportCloudPhoneData", POST, "/v1/{project_id}/cloud-phone/phones/batch-restore",
                  BatchImportCloudPhoneDataRequest.class, BatchImportCloudPhoneDataResponse.class)
              .docUrl(DOCS + "cph_api_0539.html")
              .build();

  /** BatchMigrateCloudPhone: moves whole phones; dropped from the official SDK in 3.1.60, still documented. */
  public static final Operation<BatchMigrateCloudPhoneRequest, BatchMigrateCloudPhoneResponse>
      BATCH_MIGRATE_CLOUD_PHONE =
          Operation.builder("BatchMigrateCloudPhone", POST, "/v1/{project_id}/cloud-phone/phones/batch-migrate",
                  BatchMigrateCloudPhoneRequest.class, BatchMigrateCloudPhoneResponse.class)
              .docUrl(DOCS + "cph_api_0548.html")
              .build();

  /** ImportTraffic (PhoneTraffic in the 2022 reference): sets the traffic route of phones. */
  public static final Operation<ImportTrafficRequest, ImportTrafficResponse> IMPORT_TRAFFIC =
      Operation.builder("ImportTraffic", POST, "/v1/{project_id}/cloud-phone/phones-traffic",
              ImportTrafficRequest.class, ImportTrafficResponse.class)
          .docUrl(DOCS + "cph_api_0549.html")
          .build();
}
