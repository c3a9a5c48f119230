package io.cloudphone.huawei.internal;

import io.cloudphone.huawei.HuaweiCphAsyncClient;
import java.util.concurrent.CompletableFuture;
import io.cloudphone.huawei.internal.operations.BandwidthOperations;
import io.cloudphone.huawei.internal.operations.CommandOperations;
import io.cloudphone.huawei.internal.operations.EncodeServerOperations;
import io.cloudphone.huawei.internal.operations.ImageOperations;
import io.cloudphone.huawei.internal.operations.JobOperations;
import io.cloudphone.huawei.internal.operations.KeypairOperations;
import io.cloudphone.huawei.internal.operations.PhoneOperations;
import io.cloudphone.huawei.internal.operations.ScheduledEventOperations;
import io.cloudphone.huawei.internal.operations.ServerLifecycleOperations;
import io.cloudphone.huawei.internal.operations.ServerOperations;
import io.cloudphone.huawei.internal.operations.StorageOperations;
import io.cloudphone.huawei.internal.operations.TagOperations;
import io.cloudphone.huawei.model.*;

/** {@link HuaweiCphAsyncClient} over a {@link HuaweiInvoker}. */
final class DefaultHuaweiCphAsyncClient implements HuaweiCphAsyncClient {
  private final HuaweiInvoker invoker;

  DefaultHuaweiCphAsyncClient(HuaweiInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public CompletableFuture<ListCloudPhoneServersResponse> listCloudPhoneServers(ListCloudPhoneServersRequest request) {
    return invoker.callAsync(ServerOperations.LIST_CLOUD_PHONE_SERVERS, request);
  }

  @Override
  public CompletableFuture<ShowCloudPhoneServerDetailResponse> showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest request) {
    return invoker.callAsync(ServerOperations.SHOW_CLOUD_PHONE_SERVER_DETAIL, request);
  }

  @Override
  public CompletableFuture<ListCloudPhoneServerModelsResponse> listCloudPhoneServerModels(ListCloudPhoneServerModelsRequest request) {
    return invoker.callAsync(ServerOperations.LIST_CLOUD_PHONE_SERVER_MODELS, request);
  }

  @Override
  @Deprecated
  public CompletableFuture<CreateCloudPhoneServerResponse> createCloudPhoneServer(CreateCloudPhoneServerRequest request) {
    return invoker.callAsync(ServerOperations.CREATE_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CompletableFuture<CreateNet2CloudPhoneServerResponse> createNet2CloudPhoneServer(CreateNet2CloudPhoneServerRequest request) {
    return invoker.callAsync(ServerOperations.CREATE_NET2_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CompletableFuture<RestartCloudPhoneServerResponse> restartCloudPhoneServer(RestartCloudPhoneServerRequest request) {
    return invoker.callAsync(ServerOperations.RESTART_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CompletableFuture<PushShareFilesResponse> pushShareFiles(PushShareFilesRequest request) {
    return invoker.callAsync(ServerOperations.PUSH_SHARE_FILES, request);
  }

  @Override
  public CompletableFuture<ListShareFilesResponse> listShareFiles(ListShareFilesRequest request) {
    return invoker.callAsync(ServerOperations.LIST_SHARE_FILES, request);
  }

  @Override
  public CompletableFuture<DeleteShareFilesResponse> deleteShareFiles(DeleteShareFilesRequest request) {
    return invoker.callAsync(ServerOperations.DELETE_SHARE_FILES, request);
  }

  @Override
  public CompletableFuture<PushShareAppsResponse> pushShareApps(PushShareAppsRequest request) {
    return invoker.callAsync(ServerOperations.PUSH_SHARE_APPS, request);
  }

  @Override
  public CompletableFuture<DeleteShareAppsResponse> deleteShareApps(DeleteShareAppsRequest request) {
    return invoker.callAsync(ServerOperations.DELETE_SHARE_APPS, request);
  }

  @Override
  public CompletableFuture<ChangeCloudPhoneServerModelResponse> changeCloudPhoneServerModel(ChangeCloudPhoneServerModelRequest request) {
    return invoker.callAsync(ServerOperations.CHANGE_CLOUD_PHONE_SERVER_MODEL, request);
  }

  @Override
  public CompletableFuture<UpdateServerNameResponse> updateServerName(UpdateServerNameRequest request) {
    return invoker.callAsync(ServerOperations.UPDATE_SERVER_NAME, request);
  }

  @Override
  public CompletableFuture<ShowBandwidthDetailResponse> showBandwidthDetail(ShowBandwidthDetailRequest request) {
    return invoker.callAsync(BandwidthOperations.SHOW_BANDWIDTH_DETAIL, request);
  }

  @Override
  public CompletableFuture<UpdateBandwidthResponse> updateBandwidth(UpdateBandwidthRequest request) {
    return invoker.callAsync(BandwidthOperations.UPDATE_BANDWIDTH, request);
  }

  @Override
  public CompletableFuture<ListCloudPhonesResponse> listCloudPhones(ListCloudPhonesRequest request) {
    return invoker.callAsync(PhoneOperations.LIST_CLOUD_PHONES, request);
  }

  @Override
  public CompletableFuture<ShowCloudPhoneDetailResponse> showCloudPhoneDetail(ShowCloudPhoneDetailRequest request) {
    return invoker.callAsync(PhoneOperations.SHOW_CLOUD_PHONE_DETAIL, request);
  }

  @Override
  public CompletableFuture<ListCloudPhoneModelsResponse> listCloudPhoneModels(ListCloudPhoneModelsRequest request) {
    return invoker.callAsync(PhoneOperations.LIST_CLOUD_PHONE_MODELS, request);
  }

  @Override
  public CompletableFuture<ListCloudPhoneImagesResponse> listCloudPhoneImages(ListCloudPhoneImagesRequest request) {
    return invoker.callAsync(PhoneOperations.LIST_CLOUD_PHONE_IMAGES, request);
  }

  @Override
  public CompletableFuture<ResetCloudPhoneResponse> resetCloudPhone(ResetCloudPhoneRequest request) {
    return invoker.callAsync(PhoneOperations.RESET_CLOUD_PHONE, request);
  }

  @Override
  public CompletableFuture<RestartCloudPhoneResponse> restartCloudPhone(RestartCloudPhoneRequest request) {
    return invoker.callAsync(PhoneOperations.RESTART_CLOUD_PHONE, request);
  }

  @Override
  public CompletableFuture<StopCloudPhoneResponse> stopCloudPhone(StopCloudPhoneRequest request) {
    return invoker.callAsync(PhoneOperations.STOP_CLOUD_PHONE, request);
  }

  @Override
  public CompletableFuture<UpdatePhoneNameResponse> updatePhoneName(UpdatePhoneNameRequest request) {
    return invoker.callAsync(PhoneOperations.UPDATE_PHONE_NAME, request);
  }

  @Override
  public CompletableFuture<UpdateCloudPhonePropertyResponse> updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest request) {
    return invoker.callAsync(PhoneOperations.UPDATE_CLOUD_PHONE_PROPERTY, request);
  }

  @Override
  public CompletableFuture<BatchExportCloudPhoneDataResponse> batchExportCloudPhoneData(BatchExportCloudPhoneDataRequest request) {
    return invoker.callAsync(PhoneOperations.BATCH_EXPORT_CLOUD_PHONE_DATA, request);
  }

  @Override
  public CompletableFuture<BatchImportCloudPhoneDataResponse> batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest request) {
    return invoker.callAsync(PhoneOperations.BATCH_IMPORT_CLOUD_PHONE_DATA, request);
  }

  @Override
  @Deprecated
  public CompletableFuture<BatchMigrateCloudPhoneResponse> batchMigrateCloudPhone(BatchMigrateCloudPhoneRequest request) {
    return invoker.callAsync(PhoneOperations.BATCH_MIGRATE_CLOUD_PHONE, request);
  }

  @Override
  public CompletableFuture<ImportTrafficResponse> importTraffic(ImportTrafficRequest request) {
    return invoker.callAsync(PhoneOperations.IMPORT_TRAFFIC, request);
  }

  @Override
  public CompletableFuture<ShowJobResponse> showJob(ShowJobRequest request) {
    return invoker.callAsync(JobOperations.SHOW_JOB, request);
  }

  @Override
  public CompletableFuture<ListJobsResponse> listJobs(ListJobsRequest request) {
    return invoker.callAsync(JobOperations.LIST_JOBS, request);
  }

  @Override
  public CompletableFuture<UpdateKeypairResponse> updateKeypair(UpdateKeypairRequest request) {
    return invoker.callAsync(KeypairOperations.UPDATE_KEYPAIR, request);
  }

  @Override
  public CompletableFuture<ListEncodeServersResponse> listEncodeServers(ListEncodeServersRequest request) {
    return invoker.callAsync(EncodeServerOperations.LIST_ENCODE_SERVERS, request);
  }

  @Override
  public CompletableFuture<RestartEncodeServerResponse> restartEncodeServer(RestartEncodeServerRequest request) {
    return invoker.callAsync(EncodeServerOperations.RESTART_ENCODE_SERVER, request);
  }

  @Override
  public CompletableFuture<PushFileResponse> pushFile(PushFileRequest request) {
    return invoker.callAsync(CommandOperations.PUSH_FILE, request);
  }

  @Override
  public CompletableFuture<InstallApkResponse> installApk(InstallApkRequest request) {
    return invoker.callAsync(CommandOperations.INSTALL_APK, request);
  }

  @Override
  public CompletableFuture<UninstallApkResponse> uninstallApk(UninstallApkRequest request) {
    return invoker.callAsync(CommandOperations.UNINSTALL_APK, request);
  }

  @Override
  public CompletableFuture<RunShellCommandResponse> runShellCommand(RunShellCommandRequest request) {
    return invoker.callAsync(CommandOperations.RUN_SHELL_COMMAND, request);
  }

  @Override
  public CompletableFuture<RunSyncCommandResponse> runSyncCommand(RunSyncCommandRequest request) {
    return invoker.callAsync(CommandOperations.RUN_SYNC_COMMAND, request);
  }

  @Override
  public CompletableFuture<AddImageMemberResponse> addImageMember(AddImageMemberRequest request) {
    return invoker.callAsync(ImageOperations.ADD_IMAGE_MEMBER, request);
  }

  @Override
  public CompletableFuture<BatchCreateTagsResponse> batchCreateTags(BatchCreateTagsRequest request) {
    return invoker.callAsync(TagOperations.BATCH_CREATE_TAGS, request);
  }

  @Override
  public CompletableFuture<BatchDeleteTagsResponse> batchDeleteTags(BatchDeleteTagsRequest request) {
    return invoker.callAsync(TagOperations.BATCH_DELETE_TAGS, request);
  }

  @Override
  public CompletableFuture<BatchShowPhoneConnectInfosResponse> batchShowPhoneConnectInfos(BatchShowPhoneConnectInfosRequest request) {
    return invoker.callAsync(StorageOperations.BATCH_SHOW_PHONE_CONNECT_INFOS, request);
  }

  @Override
  public CompletableFuture<ChangeCloudPhoneServerResponse> changeCloudPhoneServer(ChangeCloudPhoneServerRequest request) {
    return invoker.callAsync(ServerLifecycleOperations.CHANGE_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CompletableFuture<CreateCloudPhoneSingleServerResponse> createCloudPhoneSingleServer(CreateCloudPhoneSingleServerRequest request) {
    return invoker.callAsync(ServerLifecycleOperations.CREATE_CLOUD_PHONE_SINGLE_SERVER, request);
  }

  @Override
  public CompletableFuture<DeleteCloudPhoneServerResponse> deleteCloudPhoneServer(DeleteCloudPhoneServerRequest request) {
    return invoker.callAsync(ServerLifecycleOperations.DELETE_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CompletableFuture<DeleteImageResponse> deleteImage(DeleteImageRequest request) {
    return invoker.callAsync(ImageOperations.DELETE_IMAGE, request);
  }

  @Override
  public CompletableFuture<DeleteImageMemberResponse> deleteImageMember(DeleteImageMemberRequest request) {
    return invoker.callAsync(ImageOperations.DELETE_IMAGE_MEMBER, request);
  }

  @Override
  public CompletableFuture<ExpandPhoneDataVolumeSizeResponse> expandPhoneDataVolumeSize(ExpandPhoneDataVolumeSizeRequest request) {
    return invoker.callAsync(StorageOperations.EXPAND_PHONE_DATA_VOLUME_SIZE, request);
  }

  @Override
  public CompletableFuture<ListImageMembersResponse> listImageMembers(ListImageMembersRequest request) {
    return invoker.callAsync(ImageOperations.LIST_IMAGE_MEMBERS, request);
  }

  @Override
  public CompletableFuture<ListImagesResponse> listImages(ListImagesRequest request) {
    return invoker.callAsync(ImageOperations.LIST_IMAGES, request);
  }

  @Override
  public CompletableFuture<ListProjectTagsResponse> listProjectTags(ListProjectTagsRequest request) {
    return invoker.callAsync(TagOperations.LIST_PROJECT_TAGS, request);
  }

  @Override
  public CompletableFuture<ListResourceInstancesResponse> listResourceInstances(ListResourceInstancesRequest request) {
    return invoker.callAsync(TagOperations.LIST_RESOURCE_INSTANCES, request);
  }

  @Override
  public CompletableFuture<ListResourceTagsResponse> listResourceTags(ListResourceTagsRequest request) {
    return invoker.callAsync(TagOperations.LIST_RESOURCE_TAGS, request);
  }

  @Override
  public CompletableFuture<UpdateImageMemberResponse> updateImageMember(UpdateImageMemberRequest request) {
    return invoker.callAsync(ImageOperations.UPDATE_IMAGE_MEMBER, request);
  }

  @Override
  public CompletableFuture<AttachShareFilesystemResponse> attachShareFilesystem(AttachShareFilesystemRequest request) {
    return invoker.callAsync(StorageOperations.ATTACH_SHARE_FILESYSTEM, request);
  }

  @Override
  public CompletableFuture<DetachShareFilesystemResponse> detachShareFilesystem(DetachShareFilesystemRequest request) {
    return invoker.callAsync(StorageOperations.DETACH_SHARE_FILESYSTEM, request);
  }

  @Override
  public CompletableFuture<ListShareAppsSnapshotResponse> listShareAppsSnapshot(ListShareAppsSnapshotRequest request) {
    return invoker.callAsync(StorageOperations.LIST_SHARE_APPS_SNAPSHOT, request);
  }

  @Override
  public CompletableFuture<ListCloudPhoneServerModelOfferingsResponse> listCloudPhoneServerModelOfferings(ListCloudPhoneServerModelOfferingsRequest request) {
    return invoker.callAsync(ServerLifecycleOperations.LIST_CLOUD_PHONE_SERVER_MODEL_OFFERINGS, request);
  }

  @Override
  public CompletableFuture<ListScheduledEventsResponse> listScheduledEvents(ListScheduledEventsRequest request) {
    return invoker.callAsync(ScheduledEventOperations.LIST_SCHEDULED_EVENTS, request);
  }

  @Override
  public CompletableFuture<AuthorizeScheduledEventResponse> authorizeScheduledEvent(AuthorizeScheduledEventRequest request) {
    return invoker.callAsync(ScheduledEventOperations.AUTHORIZE_SCHEDULED_EVENT, request);
  }

  @Override
  public CompletableFuture<UpdateScheduledEventResponse> updateScheduledEvent(UpdateScheduledEventRequest request) {
    return invoker.callAsync(ScheduledEventOperations.UPDATE_SCHEDULED_EVENT, request);
  }
}
