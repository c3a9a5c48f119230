package io.cloudphone.huawei.internal;

import io.cloudphone.core.Jobs;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Phones;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Servers;
import io.cloudphone.core.internal.Validate;
import io.cloudphone.huawei.HuaweiCphAsyncClient;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.internal.neutral.HuaweiNeutralApi;
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

/** {@link HuaweiCphClient} over a {@link HuaweiInvoker}: each method names its declared operation, nothing more. */
public final class DefaultHuaweiCphClient implements HuaweiCphClient {
  private final HuaweiInvoker invoker;
  private final HuaweiCphAsyncClient async;
  private final HuaweiNeutralApi neutral;

  /** A client calling through {@code invoker}. */
  public DefaultHuaweiCphClient(HuaweiInvoker invoker) {
    this.invoker = invoker;
    this.async = new DefaultHuaweiCphAsyncClient(invoker);
    this.neutral = new HuaweiNeutralApi(this, invoker.clock(), invoker.events(), invoker.rateLimiter(),
        invoker.region());
  }

  @Override
  public Provider provider() {
    return Provider.HUAWEI;
  }

  @Override
  public Servers servers() {
    return neutral.servers();
  }

  @Override
  public Phones phones() {
    return neutral.phones();
  }

  @Override
  public Jobs jobs() {
    return neutral.jobs();
  }

  @Override
  public HuaweiCphAsyncClient async() {
    return async;
  }

  @Override
  public String projectId() {
    return invoker.projectId();
  }

  @Override
  public HuaweiCphClient withDeadline(java.time.Duration deadline) {
    return new DefaultHuaweiCphClient(invoker.withDeadline(deadline));
  }

  @Override
  public void close() {
    invoker.close(); // the OkHttpClient is the caller's or the JVM-wide shared one: neither is ours to close
  }

  @Override
  public String toString() {
    return "HuaweiCphClient";
  }

  @Override
  public ListCloudPhoneServersResponse listCloudPhoneServers(ListCloudPhoneServersRequest request) {
    return invoker.call(ServerOperations.LIST_CLOUD_PHONE_SERVERS, request);
  }

  @Override
  public Paged<PhoneServer> listCloudPhoneServersPaged(ListCloudPhoneServersRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListCloudPhoneServers", request.offset().orElse(0), limit,
        offset -> listCloudPhoneServers(ListCloudPhoneServersRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListCloudPhoneServersResponse::servers, ListCloudPhoneServersResponse::count);
  }

  @Override
  public ShowCloudPhoneServerDetailResponse showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest request) {
    return invoker.call(ServerOperations.SHOW_CLOUD_PHONE_SERVER_DETAIL, request);
  }

  @Override
  public ListCloudPhoneServerModelsResponse listCloudPhoneServerModels(ListCloudPhoneServerModelsRequest request) {
    return invoker.call(ServerOperations.LIST_CLOUD_PHONE_SERVER_MODELS, request);
  }

  @Override
  @Deprecated
  public CreateCloudPhoneServerResponse createCloudPhoneServer(CreateCloudPhoneServerRequest request) {
    return invoker.call(ServerOperations.CREATE_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CreateNet2CloudPhoneServerResponse createNet2CloudPhoneServer(CreateNet2CloudPhoneServerRequest request) {
    return invoker.call(ServerOperations.CREATE_NET2_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public RestartCloudPhoneServerResponse restartCloudPhoneServer(RestartCloudPhoneServerRequest request) {
    return invoker.call(ServerOperations.RESTART_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public PushShareFilesResponse pushShareFiles(PushShareFilesRequest request) {
    return invoker.call(ServerOperations.PUSH_SHARE_FILES, request);
  }

  @Override
  public ListShareFilesResponse listShareFiles(ListShareFilesRequest request) {
    return invoker.call(ServerOperations.LIST_SHARE_FILES, request);
  }

  @Override
  public DeleteShareFilesResponse deleteShareFiles(DeleteShareFilesRequest request) {
    return invoker.call(ServerOperations.DELETE_SHARE_FILES, request);
  }

  @Override
  public PushShareAppsResponse pushShareApps(PushShareAppsRequest request) {
    return invoker.call(ServerOperations.PUSH_SHARE_APPS, request);
  }

  @Override
  public DeleteShareAppsResponse deleteShareApps(DeleteShareAppsRequest request) {
    return invoker.call(ServerOperations.DELETE_SHARE_APPS, request);
  }

  @Override
  public ChangeCloudPhoneServerModelResponse changeCloudPhoneServerModel(ChangeCloudPhoneServerModelRequest request) {
    return invoker.call(ServerOperations.CHANGE_CLOUD_PHONE_SERVER_MODEL, request);
  }

  @Override
  public UpdateServerNameResponse updateServerName(UpdateServerNameRequest request) {
    return invoker.call(ServerOperations.UPDATE_SERVER_NAME, request);
  }

  @Override
  public ShowBandwidthDetailResponse showBandwidthDetail(ShowBandwidthDetailRequest request) {
    return invoker.call(BandwidthOperations.SHOW_BANDWIDTH_DETAIL, request);
  }

  @Override
  public Paged<Bandwidth> showBandwidthDetailPaged(ShowBandwidthDetailRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ShowBandwidthDetail", request.offset().orElse(0), limit,
        offset -> showBandwidthDetail(ShowBandwidthDetailRequest.builder().from(request).offset(offset).limit(limit).build()),
        ShowBandwidthDetailResponse::bandWidths, response -> java.util.Optional.<Integer>empty());
  }

  @Override
  public UpdateBandwidthResponse updateBandwidth(UpdateBandwidthRequest request) {
    return invoker.call(BandwidthOperations.UPDATE_BANDWIDTH, request);
  }

  @Override
  public ListCloudPhonesResponse listCloudPhones(ListCloudPhonesRequest request) {
    return invoker.call(PhoneOperations.LIST_CLOUD_PHONES, request);
  }

  @Override
  public Paged<CloudPhone> listCloudPhonesPaged(ListCloudPhonesRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListCloudPhones", request.offset().orElse(0), limit,
        offset -> listCloudPhones(ListCloudPhonesRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListCloudPhonesResponse::phones, ListCloudPhonesResponse::count);
  }

  @Override
  public ShowCloudPhoneDetailResponse showCloudPhoneDetail(ShowCloudPhoneDetailRequest request) {
    return invoker.call(PhoneOperations.SHOW_CLOUD_PHONE_DETAIL, request);
  }

  @Override
  public ListCloudPhoneModelsResponse listCloudPhoneModels(ListCloudPhoneModelsRequest request) {
    return invoker.call(PhoneOperations.LIST_CLOUD_PHONE_MODELS, request);
  }

  @Override
  public Paged<CloudPhoneModel> listCloudPhoneModelsPaged(ListCloudPhoneModelsRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListCloudPhoneModels", request.offset().orElse(0), limit,
        offset -> listCloudPhoneModels(ListCloudPhoneModelsRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListCloudPhoneModelsResponse::phoneModels, response -> java.util.Optional.<Integer>empty());
  }

  @Override
  public ListCloudPhoneImagesResponse listCloudPhoneImages(ListCloudPhoneImagesRequest request) {
    return invoker.call(PhoneOperations.LIST_CLOUD_PHONE_IMAGES, request);
  }

  @Override
  public ResetCloudPhoneResponse resetCloudPhone(ResetCloudPhoneRequest request) {
    return invoker.call(PhoneOperations.RESET_CLOUD_PHONE, request);
  }

  @Override
  public RestartCloudPhoneResponse restartCloudPhone(RestartCloudPhoneRequest request) {
    return invoker.call(PhoneOperations.RESTART_CLOUD_PHONE, request);
  }

  @Override
  public StopCloudPhoneResponse stopCloudPhone(StopCloudPhoneRequest request) {
    return invoker.call(PhoneOperations.STOP_CLOUD_PHONE, request);
  }

  @Override
  public UpdatePhoneNameResponse updatePhoneName(UpdatePhoneNameRequest request) {
    return invoker.call(PhoneOperations.UPDATE_PHONE_NAME, request);
  }

  @Override
  public UpdateCloudPhonePropertyResponse updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest request) {
    return invoker.call(PhoneOperations.UPDATE_CLOUD_PHONE_PROPERTY, request);
  }

  @Override
  public BatchExportCloudPhoneDataResponse batchExportCloudPhoneData(BatchExportCloudPhoneDataRequest request) {
    return invoker.call(PhoneOperations.BATCH_EXPORT_CLOUD_PHONE_DATA, request);
  }

  @Override
  public BatchImportCloudPhoneDataResponse batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest request) {
    return invoker.call(PhoneOperations.BATCH_IMPORT_CLOUD_PHONE_DATA, request);
  }

  @Override
  @Deprecated
  public BatchMigrateCloudPhoneResponse batchMigrateCloudPhone(BatchMigrateCloudPhoneRequest request) {
    return invoker.call(PhoneOperations.BATCH_MIGRATE_CLOUD_PHONE, request);
  }

  @Override
  public ImportTrafficResponse importTraffic(ImportTrafficRequest request) {
    return invoker.call(PhoneOperations.IMPORT_TRAFFIC, request);
  }

  @Override
  public ShowJobResponse showJob(ShowJobRequest request) {
    return invoker.call(JobOperations.SHOW_JOB, request);
  }

  @Override
  public ListJobsResponse listJobs(ListJobsRequest request) {
    return invoker.call(JobOperations.LIST_JOBS, request);
  }

  @Override
  public Paged<Job> listJobsPaged(ListJobsRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListJobs", request.offset().orElse(0), limit,
        offset -> listJobs(ListJobsRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListJobsResponse::jobs, response -> java.util.Optional.<Integer>empty());
  }

  @Override
  public UpdateKeypairResponse updateKeypair(UpdateKeypairRequest request) {
    return invoker.call(KeypairOperations.UPDATE_KEYPAIR, request);
  }

  @Override
  public ListEncodeServersResponse listEncodeServers(ListEncodeServersRequest request) {
    return invoker.call(EncodeServerOperations.LIST_ENCODE_SERVERS, request);
  }

  @Override
  public Paged<EncodeServer> listEncodeServersPaged(ListEncodeServersRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListEncodeServers", request.offset().orElse(0), limit,
        offset -> listEncodeServers(ListEncodeServersRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListEncodeServersResponse::encodeServers, response -> java.util.Optional.<Integer>empty());
  }

  @Override
  public RestartEncodeServerResponse restartEncodeServer(RestartEncodeServerRequest request) {
    return invoker.call(EncodeServerOperations.RESTART_ENCODE_SERVER, request);
  }

  @Override
  public PushFileResponse pushFile(PushFileRequest request) {
    return invoker.call(CommandOperations.PUSH_FILE, request);
  }

  @Override
  public InstallApkResponse installApk(InstallApkRequest request) {
    return invoker.call(CommandOperations.INSTALL_APK, request);
  }

  @Override
  public UninstallApkResponse uninstallApk(UninstallApkRequest request) {
    return invoker.call(CommandOperations.UNINSTALL_APK, request);
  }

  @Override
  public RunShellCommandResponse runShellCommand(RunShellCommandRequest request) {
    return invoker.call(CommandOperations.RUN_SHELL_COMMAND, request);
  }

  @Override
  public RunSyncCommandResponse runSyncCommand(RunSyncCommandRequest request) {
    return invoker.call(CommandOperations.RUN_SYNC_COMMAND, request);
  }

  @Override
  public AddImageMemberResponse addImageMember(AddImageMemberRequest request) {
    return invoker.call(ImageOperations.ADD_IMAGE_MEMBER, request);
  }

  @Override
  public BatchCreateTagsResponse batchCreateTags(BatchCreateTagsRequest request) {
    return invoker.call(TagOperations.BATCH_CREATE_TAGS, request);
  }

  @Override
  public BatchDeleteTagsResponse batchDeleteTags(BatchDeleteTagsRequest request) {
    return invoker.call(TagOperations.BATCH_DELETE_TAGS, request);
  }

  @Override
  public BatchShowPhoneConnectInfosResponse batchShowPhoneConnectInfos(BatchShowPhoneConnectInfosRequest request) {
    return invoker.call(StorageOperations.BATCH_SHOW_PHONE_CONNECT_INFOS, request);
  }

  @Override
  public ChangeCloudPhoneServerResponse changeCloudPhoneServer(ChangeCloudPhoneServerRequest request) {
    return invoker.call(ServerLifecycleOperations.CHANGE_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public CreateCloudPhoneSingleServerResponse createCloudPhoneSingleServer(CreateCloudPhoneSingleServerRequest request) {
    return invoker.call(ServerLifecycleOperations.CREATE_CLOUD_PHONE_SINGLE_SERVER, request);
  }

  @Override
  public DeleteCloudPhoneServerResponse deleteCloudPhoneServer(DeleteCloudPhoneServerRequest request) {
    return invoker.call(ServerLifecycleOperations.DELETE_CLOUD_PHONE_SERVER, request);
  }

  @Override
  public DeleteImageResponse deleteImage(DeleteImageRequest request) {
    return invoker.call(ImageOperations.DELETE_IMAGE, request);
  }

  @Override
  public DeleteImageMemberResponse deleteImageMember(DeleteImageMemberRequest request) {
    return invoker.call(ImageOperations.DELETE_IMAGE_MEMBER, request);
  }

  @Override
  public ExpandPhoneDataVolumeSizeResponse expandPhoneDataVolumeSize(ExpandPhoneDataVolumeSizeRequest request) {
    return invoker.call(StorageOperations.EXPAND_PHONE_DATA_VOLUME_SIZE, request);
  }

  @Override
  public ListImageMembersResponse listImageMembers(ListImageMembersRequest request) {
    return invoker.call(ImageOperations.LIST_IMAGE_MEMBERS, request);
  }

  @Override
  public ListImagesResponse listImages(ListImagesRequest request) {
    return invoker.call(ImageOperations.LIST_IMAGES, request);
  }

  @Override
  public Paged<CustomImage> listImagesPaged(ListImagesRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListImages", request.offset().orElse(0), limit,
        offset -> listImages(ListImagesRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListImagesResponse::imageInfos, ListImagesResponse::total);
  }

  @Override
  public ListProjectTagsResponse listProjectTags(ListProjectTagsRequest request) {
    return invoker.call(TagOperations.LIST_PROJECT_TAGS, request);
  }

  @Override
  public Paged<ProjectTag> listProjectTagsPaged(ListProjectTagsRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListProjectTags", request.offset().orElse(0), limit,
        offset -> listProjectTags(ListProjectTagsRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListProjectTagsResponse::tags, response -> java.util.Optional.<Integer>empty());
  }

  @Override
  public ListResourceInstancesResponse listResourceInstances(ListResourceInstancesRequest request) {
    return invoker.call(TagOperations.LIST_RESOURCE_INSTANCES, request);
  }

  @Override
  public Paged<TaggedResource> listResourceInstancesPaged(ListResourceInstancesRequest request) {
    int limit = Validate.notNull("request", request).limit().orElse(OffsetPaging.MAX_LIMIT);
    return OffsetPaging.paged("ListResourceInstances", request.offset().orElse(0), limit,
        offset -> listResourceInstances(ListResourceInstancesRequest.builder().from(request).offset(offset).limit(limit).build()),
        ListResourceInstancesResponse::resources, ListResourceInstancesResponse::totalCount);
  }

  @Override
  public ListResourceTagsResponse listResourceTags(ListResourceTagsRequest request) {
    return invoker.call(TagOperations.LIST_RESOURCE_TAGS, request);
  }

  @Override
  public UpdateImageMemberResponse updateImageMember(UpdateImageMemberRequest request) {
    return invoker.call(ImageOperations.UPDATE_IMAGE_MEMBER, request);
  }

  @Override
  public AttachShareFilesystemResponse attachShareFilesystem(AttachShareFilesystemRequest request) {
    return invoker.call(StorageOperations.ATTACH_SHARE_FILESYSTEM, request);
  }

  @Override
  public DetachShareFilesystemResponse detachShareFilesystem(DetachShareFilesystemRequest request) {
    return invoker.call(StorageOperations.DETACH_SHARE_FILESYSTEM, request);
  }

  @Override
  public ListShareAppsSnapshotResponse listShareAppsSnapshot(ListShareAppsSnapshotRequest request) {
    return invoker.call(StorageOperations.LIST_SHARE_APPS_SNAPSHOT, request);
  }

  @Override
  public ListCloudPhoneServerModelOfferingsResponse listCloudPhoneServerModelOfferings(ListCloudPhoneServerModelOfferingsRequest request) {
    return invoker.call(ServerLifecycleOperations.LIST_CLOUD_PHONE_SERVER_MODEL_OFFERINGS, request);
  }

  @Override
  public ListScheduledEventsResponse listScheduledEvents(ListScheduledEventsRequest request) {
    return invoker.call(ScheduledEventOperations.LIST_SCHEDULED_EVENTS, request);
  }

  @Override
  public AuthorizeScheduledEventResponse authorizeScheduledEvent(AuthorizeScheduledEventRequest request) {
    return invoker.call(ScheduledEventOperations.AUTHORIZE_SCHEDULED_EVENT, request);
  }

  @Override
  public UpdateScheduledEventResponse updateScheduledEvent(UpdateScheduledEventRequest request) {
    return invoker.call(ScheduledEventOperations.UPDATE_SCHEDULED_EVENT, request);
  }
}
