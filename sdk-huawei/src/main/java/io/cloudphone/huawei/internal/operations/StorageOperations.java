package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.AttachShareFilesystemRequest;
import io.cloudphone.huawei.model.AttachShareFilesystemResponse;
import io.cloudphone.huawei.model.BatchShowPhoneConnectInfosRequest;
import io.cloudphone.huawei.model.BatchShowPhoneConnectInfosResponse;
import io.cloudphone.huawei.model.DetachShareFilesystemRequest;
import io.cloudphone.huawei.model.DetachShareFilesystemResponse;
import io.cloudphone.huawei.model.ExpandPhoneDataVolumeSizeRequest;
import io.cloudphone.huawei.model.ExpandPhoneDataVolumeSizeResponse;
import io.cloudphone.huawei.model.ListShareAppsSnapshotRequest;
import io.cloudphone.huawei.model.ListShareAppsSnapshotResponse;

/**
 * Storage and connection operations newer than the seed reference (from Huawei's official SDK and current API
 * pages), declared as data: data disk expansion, shared file systems, shared app snapshots, connection tickets.
 */
public final class StorageOperations {
  private StorageOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ExpandPhoneDataVolumeSize: grows phones' data disks; one job per phone. */
  public static final Operation<ExpandPhoneDataVolumeSizeRequest, ExpandPhoneDataVolumeSizeResponse>
      EXPAND_PHONE_DATA_VOLUME_SIZE =
          Operation.builder("ExpandPhoneDataVolumeSize", POST, "/v1/{project_id}/cloud-phone/phones/expand-volume",
                  ExpandPhoneDataVolumeSizeRequest.class, ExpandPhoneDataVolumeSizeResponse.class)
              .docUrl(DOCS + "ExpandPhoneDataVolumeSize.html")
              .build();

  /** AttachShareFilesystem: mounts an SFS Turbo file system on up to 20 servers; one job per server. */
  public static final Operation<AttachShareFilesystemRequest, AttachShareFilesystemResponse>
      ATTACH_SHARE_FILESYSTEM =
          Operation.builder("AttachShareFilesystem", POST, "/v1/{project_id}/servers/attach-share-filesystem",
                  AttachShareFilesystemRequest.class, AttachShareFilesystemResponse.class)
              .docUrl(DOCS + "cph_02_0001.html")
              .build();

  /** DetachShareFilesystem: unmounts an SFS Turbo file system from up to 20 servers; one job per server. */
  public static final Operation<DetachShareFilesystemRequest, DetachShareFilesystemResponse>
      DETACH_SHARE_FILESYSTEM =
          Operation.builder("DetachShareFilesystem", POST, "/v1/{project_id}/servers/detach-share-filesystem",
                  DetachShareFilesystemRequest.class, DetachShareFilesystemResponse.class)
              .docUrl(DOCS + "cph_02_0001.html")
              .build();

  /** ListShareAppsSnapshot: the applications in a server's shared app store, marker-paged. */
  public static final Operation<ListShareAppsSnapshotRequest, ListShareAppsSnapshotResponse>
      LIST_SHARE_APPS_SNAPSHOT =
          Operation.builder("ListShareAppsSnapshot", GET, "/v1/{project_id}/servers/{server_id}/share-apps-snapshot",
                  ListShareAppsSnapshotRequest.class, ListShareAppsSnapshotResponse.class)
              .query("limit", "marker", "package_name")
              .docUrl(DOCS + "cph_02_0001.html")
              .build();

  /**
   * BatchShowPhoneConnectInfos: issues connection tickets for up to 10 phones. A POST that changes nothing, so
   * it is safe to replay.
   */
  public static final Operation<BatchShowPhoneConnectInfosRequest, BatchShowPhoneConnectInfosResponse>
      BATCH_SHOW_PHONE_CONNECT_INFOS =
          Operation.builder("BatchShowPhoneConnectInfos", POST, "/v1/{project_id}/cloud-phone/phones/batch-connection",
                  BatchShowPhoneConnectInfosRequest.class, BatchShowPhoneConnectInfosResponse.class)
              .idempotent(true)
              // The English reference numbers this page 0564 (the Chinese one 0565).
              .docUrl(DOCS + "cph_api_0564.html")
              .build();
}
