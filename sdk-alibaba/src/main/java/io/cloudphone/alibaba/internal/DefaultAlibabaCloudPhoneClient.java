package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaCloudPhoneAsyncClient;
import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.internal.neutral.AlibabaJobs;
import io.cloudphone.alibaba.internal.neutral.AlibabaPhones;
import io.cloudphone.alibaba.internal.neutral.AlibabaServers;
import io.cloudphone.alibaba.internal.operations.AppOperations;
import io.cloudphone.alibaba.internal.operations.CatalogueOperations;
import io.cloudphone.alibaba.internal.operations.CommandOperations;
import io.cloudphone.alibaba.internal.operations.FileOperations;
import io.cloudphone.alibaba.internal.operations.ImageOperations;
import io.cloudphone.alibaba.internal.operations.InstanceGroupOperations;
import io.cloudphone.alibaba.internal.operations.InstanceOperations;
import io.cloudphone.alibaba.internal.operations.KeyPairOperations;
import io.cloudphone.alibaba.internal.operations.NodeOperations;
import io.cloudphone.alibaba.internal.operations.PolicyOperations;
import io.cloudphone.alibaba.internal.operations.TaskOperations;
import io.cloudphone.alibaba.model.*;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Phones;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Servers;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.Validate;

/** {@link AlibabaCloudPhoneClient} over a {@link AlibabaInvoker}: each method names its declared operation, nothing more. */
public final class DefaultAlibabaCloudPhoneClient implements AlibabaCloudPhoneClient {
  private final AlibabaInvoker invoker;
  private final AlibabaCloudPhoneAsyncClient async;
  private final String regionId;
  private final Servers servers;
  private final Phones phones;
  private final Jobs jobs;

  /** A client calling through {@code invoker} in {@code regionId}. */
  public DefaultAlibabaCloudPhoneClient(AlibabaInvoker invoker, String regionId) {
    this.invoker = invoker;
    this.regionId = regionId;
    this.async = new DefaultAlibabaCloudPhoneAsyncClient(invoker);
    // One engine per client: bulk operations pace and poll on the client's clock.
    BulkEngine engine = new BulkEngine(invoker.clock());
    this.servers = new AlibabaServers(this);
    this.phones = new AlibabaPhones(this, engine);
    this.jobs = new AlibabaJobs(this, engine);
  }

  @Override
  public Provider provider() {
    return Provider.ALIBABA;
  }

  @Override
  public Servers servers() {
    return servers;
  }

  @Override
  public Phones phones() {
    return phones;
  }

  @Override
  public Jobs jobs() {
    return jobs;
  }

  @Override
  public AlibabaCloudPhoneAsyncClient async() {
    return async;
  }

  @Override
  public String regionId() {
    return regionId;
  }

  @Override
  public String toString() {
    return "AlibabaCloudPhoneClient[" + regionId + "]";
  }

  @Override
  public ChangeCloudPhoneNodeResponse changeCloudPhoneNode(ChangeCloudPhoneNodeRequest request) {
    return invoker.call(NodeOperations.CHANGE_CLOUD_PHONE_NODE, request);
  }

  @Override
  public CreateCloudPhoneNodeResponse createCloudPhoneNode(CreateCloudPhoneNodeRequest request) {
    return invoker.call(NodeOperations.CREATE_CLOUD_PHONE_NODE, request);
  }

  @Override
  public DeleteCloudPhoneNodesResponse deleteCloudPhoneNodes(DeleteCloudPhoneNodesRequest request) {
    return invoker.call(NodeOperations.DELETE_CLOUD_PHONE_NODES, request);
  }

  @Override
  public DescribeCloudPhoneNodesResponse describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest request) {
    return invoker.call(NodeOperations.DESCRIBE_CLOUD_PHONE_NODES, request);
  }

  @Override
  public Paged<CloudPhoneNode> describeCloudPhoneNodesPaged(DescribeCloudPhoneNodesRequest request) {
    return TokenPaging.paged("DescribeCloudPhoneNodes", Validate.notNull("request", request).nextToken(),
        token -> describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder().from(request).nextToken(token).build()),
        DescribeCloudPhoneNodesResponse::nodeModel, DescribeCloudPhoneNodesResponse::nextToken, DescribeCloudPhoneNodesResponse::totalCount);
  }

  @Override
  public ExpandDataVolumeResponse expandDataVolume(ExpandDataVolumeRequest request) {
    return invoker.call(NodeOperations.EXPAND_DATA_VOLUME, request);
  }

  @Override
  public ModifyCloudPhoneNodeResponse modifyCloudPhoneNode(ModifyCloudPhoneNodeRequest request) {
    return invoker.call(NodeOperations.MODIFY_CLOUD_PHONE_NODE, request);
  }

  @Override
  public RenewCloudPhoneNodesResponse renewCloudPhoneNodes(RenewCloudPhoneNodesRequest request) {
    return invoker.call(NodeOperations.RENEW_CLOUD_PHONE_NODES, request);
  }

  @Override
  public CreateAndroidInstanceGroupResponse createAndroidInstanceGroup(CreateAndroidInstanceGroupRequest request) {
    return invoker.call(InstanceGroupOperations.CREATE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public DeleteAndroidInstanceGroupResponse deleteAndroidInstanceGroup(DeleteAndroidInstanceGroupRequest request) {
    return invoker.call(InstanceGroupOperations.DELETE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public DescribeAndroidInstanceGroupsResponse describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest request) {
    return invoker.call(InstanceGroupOperations.DESCRIBE_ANDROID_INSTANCE_GROUPS, request);
  }

  @Override
  public Paged<AndroidInstanceGroup> describeAndroidInstanceGroupsPaged(DescribeAndroidInstanceGroupsRequest request) {
    return TokenPaging.paged("DescribeAndroidInstanceGroups", Validate.notNull("request", request).nextToken(),
        token -> describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest.builder().from(request).nextToken(token).build()),
        DescribeAndroidInstanceGroupsResponse::instanceGroupModel, DescribeAndroidInstanceGroupsResponse::nextToken, DescribeAndroidInstanceGroupsResponse::totalCount);
  }

  @Override
  public DowngradeAndroidInstanceGroupResponse downgradeAndroidInstanceGroup(DowngradeAndroidInstanceGroupRequest request) {
    return invoker.call(InstanceGroupOperations.DOWNGRADE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public ModifyAndroidInstanceGroupResponse modifyAndroidInstanceGroup(ModifyAndroidInstanceGroupRequest request) {
    return invoker.call(InstanceGroupOperations.MODIFY_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public ModifyInstanceChargeTypeResponse modifyInstanceChargeType(ModifyInstanceChargeTypeRequest request) {
    return invoker.call(InstanceGroupOperations.MODIFY_INSTANCE_CHARGE_TYPE, request);
  }

  @Override
  public RenewAndroidInstanceGroupsResponse renewAndroidInstanceGroups(RenewAndroidInstanceGroupsRequest request) {
    return invoker.call(InstanceGroupOperations.RENEW_ANDROID_INSTANCE_GROUPS, request);
  }

  @Override
  public UpdateInstanceGroupImageResponse updateInstanceGroupImage(UpdateInstanceGroupImageRequest request) {
    return invoker.call(InstanceGroupOperations.UPDATE_INSTANCE_GROUP_IMAGE, request);
  }

  @Override
  public UpgradeAndroidInstanceGroupResponse upgradeAndroidInstanceGroup(UpgradeAndroidInstanceGroupRequest request) {
    return invoker.call(InstanceGroupOperations.UPGRADE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public AuthorizeAndroidInstanceResponse authorizeAndroidInstance(AuthorizeAndroidInstanceRequest request) {
    return invoker.call(InstanceOperations.AUTHORIZE_ANDROID_INSTANCE, request);
  }

  @Override
  public BatchGetAcpConnectionTicketResponse batchGetAcpConnectionTicket(BatchGetAcpConnectionTicketRequest request) {
    return invoker.call(InstanceOperations.BATCH_GET_ACP_CONNECTION_TICKET, request);
  }

  @Override
  public CreateScreenshotResponse createScreenshot(CreateScreenshotRequest request) {
    return invoker.call(InstanceOperations.CREATE_SCREENSHOT, request);
  }

  @Override
  public DescribeAndroidInstancesResponse describeAndroidInstances(DescribeAndroidInstancesRequest request) {
    return invoker.call(InstanceOperations.DESCRIBE_ANDROID_INSTANCES, request);
  }

  @Override
  public Paged<AndroidInstance> describeAndroidInstancesPaged(DescribeAndroidInstancesRequest request) {
    return TokenPaging.paged("DescribeAndroidInstances", Validate.notNull("request", request).nextToken(),
        token -> describeAndroidInstances(DescribeAndroidInstancesRequest.builder().from(request).nextToken(token).build()),
        DescribeAndroidInstancesResponse::instanceModel, DescribeAndroidInstancesResponse::nextToken, DescribeAndroidInstancesResponse::totalCount);
  }

  @Override
  public DescribeDisplayConfigResponse describeDisplayConfig(DescribeDisplayConfigRequest request) {
    return invoker.call(InstanceOperations.DESCRIBE_DISPLAY_CONFIG, request);
  }

  @Override
  public DescribeMetricLastResponse describeMetricLast(DescribeMetricLastRequest request) {
    return invoker.call(InstanceOperations.DESCRIBE_METRIC_LAST, request);
  }

  @Override
  public Paged<InstanceMetrics> describeMetricLastPaged(DescribeMetricLastRequest request) {
    return TokenPaging.paged("DescribeMetricLast", Validate.notNull("request", request).nextToken(),
        token -> describeMetricLast(DescribeMetricLastRequest.builder().from(request).nextToken(token).build()),
        DescribeMetricLastResponse::metricTotalModel, DescribeMetricLastResponse::nextToken, response -> java.util.Optional.<Long>empty());
  }

  @Override
  public DisconnectAndroidInstanceResponse disconnectAndroidInstance(DisconnectAndroidInstanceRequest request) {
    return invoker.call(InstanceOperations.DISCONNECT_ANDROID_INSTANCE, request);
  }

  @Override
  public EndCoordinationResponse endCoordination(EndCoordinationRequest request) {
    return invoker.call(InstanceOperations.END_COORDINATION, request);
  }

  @Override
  public GenerateCoordinationCodeResponse generateCoordinationCode(GenerateCoordinationCodeRequest request) {
    return invoker.call(InstanceOperations.GENERATE_COORDINATION_CODE, request);
  }

  @Override
  public ModifyAndroidInstanceResponse modifyAndroidInstance(ModifyAndroidInstanceRequest request) {
    return invoker.call(InstanceOperations.MODIFY_ANDROID_INSTANCE, request);
  }

  @Override
  public ModifyDisplayConfigResponse modifyDisplayConfig(ModifyDisplayConfigRequest request) {
    return invoker.call(InstanceOperations.MODIFY_DISPLAY_CONFIG, request);
  }

  @Override
  public RebootAndroidInstancesInGroupResponse rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest request) {
    return invoker.call(InstanceOperations.REBOOT_ANDROID_INSTANCES_IN_GROUP, request);
  }

  @Override
  public ResetAndroidInstancesInGroupResponse resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest request) {
    return invoker.call(InstanceOperations.RESET_ANDROID_INSTANCES_IN_GROUP, request);
  }

  @Override
  public SetAdbSecureResponse setAdbSecure(SetAdbSecureRequest request) {
    return invoker.call(InstanceOperations.SET_ADB_SECURE, request);
  }

  @Override
  public StartAndroidInstanceResponse startAndroidInstance(StartAndroidInstanceRequest request) {
    return invoker.call(InstanceOperations.START_ANDROID_INSTANCE, request);
  }

  @Override
  public StopAndroidInstanceResponse stopAndroidInstance(StopAndroidInstanceRequest request) {
    return invoker.call(InstanceOperations.STOP_ANDROID_INSTANCE, request);
  }

  @Override
  public UpdateInstanceImageResponse updateInstanceImage(UpdateInstanceImageRequest request) {
    return invoker.call(InstanceOperations.UPDATE_INSTANCE_IMAGE, request);
  }

  @Override
  public CreateCustomImageResponse createCustomImage(CreateCustomImageRequest request) {
    return invoker.call(ImageOperations.CREATE_CUSTOM_IMAGE, request);
  }

  @Override
  public DeleteImagesResponse deleteImages(DeleteImagesRequest request) {
    return invoker.call(ImageOperations.DELETE_IMAGES, request);
  }

  @Override
  public DescribeImageListResponse describeImageList(DescribeImageListRequest request) {
    return invoker.call(ImageOperations.DESCRIBE_IMAGE_LIST, request);
  }

  @Override
  public Paged<Image> describeImageListPaged(DescribeImageListRequest request) {
    return TokenPaging.paged("DescribeImageList", Validate.notNull("request", request).nextToken(),
        token -> describeImageList(DescribeImageListRequest.builder().from(request).nextToken(token).build()),
        DescribeImageListResponse::data, DescribeImageListResponse::nextToken, DescribeImageListResponse::totalCount);
  }

  @Override
  public DistributeImageResponse distributeImage(DistributeImageRequest request) {
    return invoker.call(ImageOperations.DISTRIBUTE_IMAGE, request);
  }

  @Override
  public UpdateCustomImageNameResponse updateCustomImageName(UpdateCustomImageNameRequest request) {
    return invoker.call(ImageOperations.UPDATE_CUSTOM_IMAGE_NAME, request);
  }

  @Override
  public AttachKeyPairResponse attachKeyPair(AttachKeyPairRequest request) {
    return invoker.call(KeyPairOperations.ATTACH_KEY_PAIR, request);
  }

  @Override
  public CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request) {
    return invoker.call(KeyPairOperations.CREATE_KEY_PAIR, request);
  }

  @Override
  public DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request) {
    return invoker.call(KeyPairOperations.DELETE_KEY_PAIRS, request);
  }

  @Override
  public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) {
    return invoker.call(KeyPairOperations.DESCRIBE_KEY_PAIRS, request);
  }

  @Override
  public Paged<KeyPair> describeKeyPairsPaged(DescribeKeyPairsRequest request) {
    return TokenPaging.paged("DescribeKeyPairs", Validate.notNull("request", request).nextToken(),
        token -> describeKeyPairs(DescribeKeyPairsRequest.builder().from(request).nextToken(token).build()),
        DescribeKeyPairsResponse::data, DescribeKeyPairsResponse::nextToken, DescribeKeyPairsResponse::totalCount);
  }

  @Override
  public DetachKeyPairResponse detachKeyPair(DetachKeyPairRequest request) {
    return invoker.call(KeyPairOperations.DETACH_KEY_PAIR, request);
  }

  @Override
  public ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request) {
    return invoker.call(KeyPairOperations.IMPORT_KEY_PAIR, request);
  }

  @Override
  public ModifyKeyPairNameResponse modifyKeyPairName(ModifyKeyPairNameRequest request) {
    return invoker.call(KeyPairOperations.MODIFY_KEY_PAIR_NAME, request);
  }

  @Override
  public CreateAppResponse createApp(CreateAppRequest request) {
    return invoker.call(AppOperations.CREATE_APP, request);
  }

  @Override
  public DeleteAppsResponse deleteApps(DeleteAppsRequest request) {
    return invoker.call(AppOperations.DELETE_APPS, request);
  }

  @Override
  public DescribeAppsResponse describeApps(DescribeAppsRequest request) {
    return invoker.call(AppOperations.DESCRIBE_APPS, request);
  }

  @Override
  public Paged<App> describeAppsPaged(DescribeAppsRequest request) {
    return TokenPaging.paged("DescribeApps", Validate.notNull("request", request).nextToken(),
        token -> describeApps(DescribeAppsRequest.builder().from(request).nextToken(token).build()),
        DescribeAppsResponse::data, DescribeAppsResponse::nextToken, DescribeAppsResponse::totalCount);
  }

  @Override
  public InstallAppResponse installApp(InstallAppRequest request) {
    return invoker.call(AppOperations.INSTALL_APP, request);
  }

  @Override
  public ModifyAppResponse modifyApp(ModifyAppRequest request) {
    return invoker.call(AppOperations.MODIFY_APP, request);
  }

  @Override
  public OperateAppResponse operateApp(OperateAppRequest request) {
    return invoker.call(AppOperations.OPERATE_APP, request);
  }

  @Override
  public UninstallAppResponse uninstallApp(UninstallAppRequest request) {
    return invoker.call(AppOperations.UNINSTALL_APP, request);
  }

  @Override
  public BackupFileResponse backupFile(BackupFileRequest request) {
    return invoker.call(FileOperations.BACKUP_FILE, request);
  }

  @Override
  public DeleteBackupFileResponse deleteBackupFile(DeleteBackupFileRequest request) {
    return invoker.call(FileOperations.DELETE_BACKUP_FILE, request);
  }

  @Override
  public DescribeBackupFilesResponse describeBackupFiles(DescribeBackupFilesRequest request) {
    return invoker.call(FileOperations.DESCRIBE_BACKUP_FILES, request);
  }

  @Override
  public Paged<BackupFile> describeBackupFilesPaged(DescribeBackupFilesRequest request) {
    return TokenPaging.paged("DescribeBackupFiles", Validate.notNull("request", request).nextToken(),
        token -> describeBackupFiles(DescribeBackupFilesRequest.builder().from(request).nextToken(token).build()),
        DescribeBackupFilesResponse::data, DescribeBackupFilesResponse::nextToken, DescribeBackupFilesResponse::totalCount);
  }

  @Override
  public FetchFileResponse fetchFile(FetchFileRequest request) {
    return invoker.call(FileOperations.FETCH_FILE, request);
  }

  @Override
  public RecoveryFileResponse recoveryFile(RecoveryFileRequest request) {
    return invoker.call(FileOperations.RECOVERY_FILE, request);
  }

  @Override
  public SendFileResponse sendFile(SendFileRequest request) {
    return invoker.call(FileOperations.SEND_FILE, request);
  }

  @Override
  @Deprecated
  public DescribeInvocationsResponse describeInvocations(DescribeInvocationsRequest request) {
    return invoker.call(CommandOperations.DESCRIBE_INVOCATIONS, request);
  }

  @Override
  public RunCommandResponse runCommand(RunCommandRequest request) {
    return invoker.call(CommandOperations.RUN_COMMAND, request);
  }

  @Override
  public DescribeTasksResponse describeTasks(DescribeTasksRequest request) {
    return invoker.call(TaskOperations.DESCRIBE_TASKS, request);
  }

  @Override
  public Paged<Task> describeTasksPaged(DescribeTasksRequest request) {
    return TokenPaging.paged("DescribeTasks", Validate.notNull("request", request).nextToken(),
        token -> describeTasks(DescribeTasksRequest.builder().from(request).nextToken(token).build()),
        DescribeTasksResponse::data, DescribeTasksResponse::nextToken, DescribeTasksResponse::totalCount);
  }

  @Override
  public CreatePolicyGroupResponse createPolicyGroup(CreatePolicyGroupRequest request) {
    return invoker.call(PolicyOperations.CREATE_POLICY_GROUP, request);
  }

  @Override
  public DeletePolicyGroupResponse deletePolicyGroup(DeletePolicyGroupRequest request) {
    return invoker.call(PolicyOperations.DELETE_POLICY_GROUP, request);
  }

  @Override
  public ListPolicyGroupsResponse listPolicyGroups(ListPolicyGroupsRequest request) {
    return invoker.call(PolicyOperations.LIST_POLICY_GROUPS, request);
  }

  @Override
  public Paged<PolicyGroup> listPolicyGroupsPaged(ListPolicyGroupsRequest request) {
    return TokenPaging.paged("ListPolicyGroups", Validate.notNull("request", request).nextToken(),
        token -> listPolicyGroups(ListPolicyGroupsRequest.builder().from(request).nextToken(token).build()),
        ListPolicyGroupsResponse::policyGroupModel, ListPolicyGroupsResponse::nextToken, ListPolicyGroupsResponse::totalCount);
  }

  @Override
  public ModifyPolicyGroupResponse modifyPolicyGroup(ModifyPolicyGroupRequest request) {
    return invoker.call(PolicyOperations.MODIFY_POLICY_GROUP, request);
  }

  @Override
  public CheckResourceStockResponse checkResourceStock(CheckResourceStockRequest request) {
    return invoker.call(CatalogueOperations.CHECK_RESOURCE_STOCK, request);
  }

  @Override
  public DescribeRegionsResponse describeRegions(DescribeRegionsRequest request) {
    return invoker.call(CatalogueOperations.DESCRIBE_REGIONS, request);
  }

  @Override
  public DescribeSpecResponse describeSpec(DescribeSpecRequest request) {
    return invoker.call(CatalogueOperations.DESCRIBE_SPEC, request);
  }

  @Override
  public Paged<CloudPhoneSpec> describeSpecPaged(DescribeSpecRequest request) {
    return TokenPaging.paged("DescribeSpec", Validate.notNull("request", request).nextToken(),
        token -> describeSpec(DescribeSpecRequest.builder().from(request).nextToken(token).build()),
        DescribeSpecResponse::specInfoModel, DescribeSpecResponse::nextToken, DescribeSpecResponse::totalCount);
  }
}
