package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaCloudPhoneAsyncClient;
import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.internal.neutral.AlibabaJobs;
import io.cloudphone.alibaba.internal.neutral.AlibabaPhones;
import io.cloudphone.alibaba.internal.neutral.AlibabaServers;
import io.cloudphone.alibaba.internal.operations.AgentOperations;
import io.cloudphone.alibaba.internal.operations.AgentPackageOperations;
import io.cloudphone.alibaba.internal.operations.AgentTaskOperations;
import io.cloudphone.alibaba.internal.operations.AppOperations;
import io.cloudphone.alibaba.internal.operations.BackupOperations;
import io.cloudphone.alibaba.internal.operations.CatalogueOperations;
import io.cloudphone.alibaba.internal.operations.CommandOperations;
import io.cloudphone.alibaba.internal.operations.CreditOperations;
import io.cloudphone.alibaba.internal.operations.FileOperations;
import io.cloudphone.alibaba.internal.operations.ImageOperations;
import io.cloudphone.alibaba.internal.operations.InstanceGroupOperations;
import io.cloudphone.alibaba.internal.operations.InstanceOperations;
import io.cloudphone.alibaba.internal.operations.KeyPairOperations;
import io.cloudphone.alibaba.internal.operations.MonitoringOperations;
import io.cloudphone.alibaba.internal.operations.NetworkOperations;
import io.cloudphone.alibaba.internal.operations.NodeOperations;
import io.cloudphone.alibaba.internal.operations.PolicyOperations;
import io.cloudphone.alibaba.internal.operations.PropertyOperations;
import io.cloudphone.alibaba.internal.operations.ScheduledTaskOperations;
import io.cloudphone.alibaba.internal.operations.TagOperations;
import io.cloudphone.alibaba.internal.operations.TaskOperations;
import io.cloudphone.alibaba.model.*;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Phones;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Servers;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.Validate;
import java.util.List;

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
    BulkEngine engine = new BulkEngine(invoker.clock(), invoker.events(), invoker.rateLimiter());
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
  public AlibabaCloudPhoneClient withDeadline(java.time.Duration deadline) {
    return new DefaultAlibabaCloudPhoneClient(invoker.withDeadline(deadline), regionId);
  }

  @Override
  public void close() {
    invoker.close(); // the OkHttpClient is the caller's or the JVM-wide shared one: neither is ours to close
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

  // ---- nodes

  @Override
  public ExpandPhoneDataVolumeResponse expandPhoneDataVolume(ExpandPhoneDataVolumeRequest request) {
    return invoker.call(NodeOperations.EXPAND_PHONE_DATA_VOLUME, request);
  }

  // ---- instance groups

  @Override
  public CreateAICloudPhoneResponse createAICloudPhone(CreateAICloudPhoneRequest request) {
    return invoker.call(InstanceGroupOperations.CREATE_AI_CLOUD_PHONE, request);
  }

  @Override
  public ModifyInstanceGroupSpecResponse modifyInstanceGroupSpec(ModifyInstanceGroupSpecRequest request) {
    return invoker.call(InstanceGroupOperations.MODIFY_INSTANCE_GROUP_SPEC, request);
  }

  // ---- instances

  @Override
  public InstanceHealerResponse instanceHealer(InstanceHealerRequest request) {
    return invoker.call(InstanceOperations.INSTANCE_HEALER, request);
  }

  @Override
  public ListInstanceAdbAttributesResponse listInstanceAdbAttributes(ListInstanceAdbAttributesRequest request) {
    return invoker.call(InstanceOperations.LIST_INSTANCE_ADB_ATTRIBUTES, request);
  }

  @Override
  public Paged<AdbAttribute> listInstanceAdbAttributesPaged(ListInstanceAdbAttributesRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("ListInstanceAdbAttributes", request.nextToken(),
        token -> listInstanceAdbAttributes(ListInstanceAdbAttributesRequest.builder().from(request).nextToken(token).build()),
        ListInstanceAdbAttributesResponse::data, ListInstanceAdbAttributesResponse::nextToken, ListInstanceAdbAttributesResponse::totalCount);
  }

  @Override
  public StartInstanceAdbResponse startInstanceAdb(StartInstanceAdbRequest request) {
    return invoker.call(InstanceOperations.START_INSTANCE_ADB, request);
  }

  @Override
  public StopInstanceAdbResponse stopInstanceAdb(StopInstanceAdbRequest request) {
    return invoker.call(InstanceOperations.STOP_INSTANCE_ADB, request);
  }

  // ---- images

  @Override
  public ImportImageResponse importImage(ImportImageRequest request) {
    return invoker.call(ImageOperations.IMPORT_IMAGE, request);
  }

  // ---- backups

  @Override
  public BackupAndroidInstanceResponse backupAndroidInstance(BackupAndroidInstanceRequest request) {
    return invoker.call(BackupOperations.BACKUP_ANDROID_INSTANCE, request);
  }

  @Override
  public BackupAppResponse backupApp(BackupAppRequest request) {
    return invoker.call(BackupOperations.BACKUP_APP, request);
  }

  @Override
  public DescribeBucketsResponse describeBuckets(DescribeBucketsRequest request) {
    return invoker.call(BackupOperations.DESCRIBE_BUCKETS, request);
  }

  @Override
  public RecoverAndroidInstanceResponse recoverAndroidInstance(RecoverAndroidInstanceRequest request) {
    return invoker.call(BackupOperations.RECOVER_ANDROID_INSTANCE, request);
  }

  @Override
  public RecoverAppResponse recoverApp(RecoverAppRequest request) {
    return invoker.call(BackupOperations.RECOVER_APP, request);
  }

  // ---- commands

  @Override
  public RunSyncCommandResponse runSyncCommand(RunSyncCommandRequest request) {
    return invoker.call(CommandOperations.RUN_SYNC_COMMAND, request);
  }

  // ---- monitoring

  @Override
  public DescribeMetricListResponse describeMetricList(DescribeMetricListRequest request) {
    return invoker.call(MonitoringOperations.DESCRIBE_METRIC_LIST, request);
  }

  @Override
  public Paged<InstanceMetricSeries> describeMetricListPaged(DescribeMetricListRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeMetricList", request.nextToken(),
        token -> describeMetricList(DescribeMetricListRequest.builder().from(request).nextToken(token).build()),
        DescribeMetricListResponse::metricTotalModel, DescribeMetricListResponse::nextToken, DescribeMetricListResponse::count);
  }

  @Override
  public DescribeMetricTopResponse describeMetricTop(DescribeMetricTopRequest request) {
    return invoker.call(MonitoringOperations.DESCRIBE_METRIC_TOP, request);
  }

  @Override
  public Paged<InstanceMetricSeries> describeMetricTopPaged(DescribeMetricTopRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeMetricTop", request.nextToken(),
        token -> describeMetricTop(DescribeMetricTopRequest.builder().from(request).nextToken(token).build()),
        DescribeMetricTopResponse::metricTotalModel, DescribeMetricTopResponse::nextToken, DescribeMetricTopResponse::count);
  }

  @Override
  public InstallMonitorAgentResponse installMonitorAgent(InstallMonitorAgentRequest request) {
    return invoker.call(MonitoringOperations.INSTALL_MONITOR_AGENT, request);
  }

  @Override
  public UninstallMonitorAgentResponse uninstallMonitorAgent(UninstallMonitorAgentRequest request) {
    return invoker.call(MonitoringOperations.UNINSTALL_MONITOR_AGENT, request);
  }

  // ---- system properties

  @Override
  public CreateSystemPropertyTemplateResponse createSystemPropertyTemplate(CreateSystemPropertyTemplateRequest request) {
    return invoker.call(PropertyOperations.CREATE_SYSTEM_PROPERTY_TEMPLATE, request);
  }

  @Override
  public DeleteSystemPropertyTemplatesResponse deleteSystemPropertyTemplates(DeleteSystemPropertyTemplatesRequest request) {
    return invoker.call(PropertyOperations.DELETE_SYSTEM_PROPERTY_TEMPLATES, request);
  }

  @Override
  public DescribeSystemPropertyTemplatesResponse describeSystemPropertyTemplates(DescribeSystemPropertyTemplatesRequest request) {
    return invoker.call(PropertyOperations.DESCRIBE_SYSTEM_PROPERTY_TEMPLATES, request);
  }

  @Override
  public Paged<SystemPropertyTemplate> describeSystemPropertyTemplatesPaged(DescribeSystemPropertyTemplatesRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeSystemPropertyTemplates", request.nextToken(),
        token -> describeSystemPropertyTemplates(DescribeSystemPropertyTemplatesRequest.builder().from(request).nextToken(token).build()),
        DescribeSystemPropertyTemplatesResponse::systemPropertyTemplateModel, DescribeSystemPropertyTemplatesResponse::nextToken, DescribeSystemPropertyTemplatesResponse::totalCount);
  }

  @Override
  public GetInstancePropertiesResponse getInstanceProperties(GetInstancePropertiesRequest request) {
    return invoker.call(PropertyOperations.GET_INSTANCE_PROPERTIES, request);
  }

  @Override
  public ModifySystemPropertyTemplateResponse modifySystemPropertyTemplate(ModifySystemPropertyTemplateRequest request) {
    return invoker.call(PropertyOperations.MODIFY_SYSTEM_PROPERTY_TEMPLATE, request);
  }

  @Override
  public SendSystemPropertyTemplateResponse sendSystemPropertyTemplate(SendSystemPropertyTemplateRequest request) {
    return invoker.call(PropertyOperations.SEND_SYSTEM_PROPERTY_TEMPLATE, request);
  }

  // ---- network

  @Override
  public GetNetworkBlacklistResponse getNetworkBlacklist(GetNetworkBlacklistRequest request) {
    return invoker.call(NetworkOperations.GET_NETWORK_BLACKLIST, request);
  }

  @Override
  public SetNetworkBlacklistResponse setNetworkBlacklist(SetNetworkBlacklistRequest request) {
    return invoker.call(NetworkOperations.SET_NETWORK_BLACKLIST, request);
  }

  // ---- tags

  @Override
  public ListTagResourcesResponse listTagResources(ListTagResourcesRequest request) {
    return invoker.call(TagOperations.LIST_TAG_RESOURCES, request);
  }

  @Override
  public Paged<TagResource> listTagResourcesPaged(ListTagResourcesRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("ListTagResources", request.nextToken(),
        token -> listTagResources(ListTagResourcesRequest.builder().from(request).nextToken(token).build()),
        ListTagResourcesResponse::tagResources, ListTagResourcesResponse::nextToken, response -> java.util.Optional.<Long>empty());
  }

  @Override
  public TagResourcesResponse tagResources(TagResourcesRequest request) {
    return invoker.call(TagOperations.TAG_RESOURCES, request);
  }

  @Override
  public UntagResourcesResponse untagResources(UntagResourcesRequest request) {
    return invoker.call(TagOperations.UNTAG_RESOURCES, request);
  }

  // ---- agents

  @Override
  public ActivateEdgeMobileAgentResponse activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest request) {
    return invoker.call(AgentOperations.ACTIVATE_EDGE_MOBILE_AGENT, request);
  }

  @Override
  public DescribeJVSInstanceResponse describeJVSInstance(DescribeJVSInstanceRequest request) {
    return invoker.call(AgentOperations.DESCRIBE_JVS_INSTANCE, request);
  }

  @Override
  public Paged<JvsInstance> describeJVSInstancePaged(DescribeJVSInstanceRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeJVSInstance", request.nextToken(),
        token -> describeJVSInstance(DescribeJVSInstanceRequest.builder().from(request).nextToken(token).build()),
        DescribeJVSInstanceResponse::data, DescribeJVSInstanceResponse::nextToken, DescribeJVSInstanceResponse::totalCount);
  }

  @Override
  public ModifyJVSInstanceResponse modifyJVSInstance(ModifyJVSInstanceRequest request) {
    return invoker.call(AgentOperations.MODIFY_JVS_INSTANCE, request);
  }

  @Override
  public RefreshAuthTokensResponse refreshAuthTokens(RefreshAuthTokensRequest request) {
    return invoker.call(AgentOperations.REFRESH_AUTH_TOKENS, request);
  }

  // ---- agent tasks

  @Override
  public CancelAgentTaskResponse cancelAgentTask(CancelAgentTaskRequest request) {
    return invoker.call(AgentTaskOperations.CANCEL_AGENT_TASK, request);
  }

  @Override
  public DescribeAgentTaskResponse describeAgentTask(DescribeAgentTaskRequest request) {
    return invoker.call(AgentTaskOperations.DESCRIBE_AGENT_TASK, request);
  }

  @Override
  public PauseAgentTaskResponse pauseAgentTask(PauseAgentTaskRequest request) {
    return invoker.call(AgentTaskOperations.PAUSE_AGENT_TASK, request);
  }

  @Override
  public ResumeAgentTaskResponse resumeAgentTask(ResumeAgentTaskRequest request) {
    return invoker.call(AgentTaskOperations.RESUME_AGENT_TASK, request);
  }

  @Override
  public RunAgentTaskResponse runAgentTask(RunAgentTaskRequest request) {
    return invoker.call(AgentTaskOperations.RUN_AGENT_TASK, request);
  }

  // ---- scheduled tasks

  @Override
  public CreateScheduledTaskResponse createScheduledTask(CreateScheduledTaskRequest request) {
    return invoker.call(ScheduledTaskOperations.CREATE_SCHEDULED_TASK, request);
  }

  @Override
  public DeleteScheduledTaskResponse deleteScheduledTask(DeleteScheduledTaskRequest request) {
    return invoker.call(ScheduledTaskOperations.DELETE_SCHEDULED_TASK, request);
  }

  @Override
  public DescribeScheduledTaskExecutionsResponse describeScheduledTaskExecutions(DescribeScheduledTaskExecutionsRequest request) {
    return invoker.call(ScheduledTaskOperations.DESCRIBE_SCHEDULED_TASK_EXECUTIONS, request);
  }

  @Override
  public Paged<ScheduledTaskExecution> describeScheduledTaskExecutionsPaged(DescribeScheduledTaskExecutionsRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeScheduledTaskExecutions", request.nextToken(),
        token -> describeScheduledTaskExecutions(DescribeScheduledTaskExecutionsRequest.builder().from(request).nextToken(token).build()),
        DescribeScheduledTaskExecutionsResponse::executions, DescribeScheduledTaskExecutionsResponse::nextToken, DescribeScheduledTaskExecutionsResponse::totalCount);
  }

  @Override
  public DescribeScheduledTasksResponse describeScheduledTasks(DescribeScheduledTasksRequest request) {
    return invoker.call(ScheduledTaskOperations.DESCRIBE_SCHEDULED_TASKS, request);
  }

  @Override
  public Paged<ScheduledTask> describeScheduledTasksPaged(DescribeScheduledTasksRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeScheduledTasks", request.nextToken(),
        token -> describeScheduledTasks(DescribeScheduledTasksRequest.builder().from(request).nextToken(token).build()),
        DescribeScheduledTasksResponse::tasks, DescribeScheduledTasksResponse::nextToken, DescribeScheduledTasksResponse::totalCount);
  }

  @Override
  public ModifyScheduledTaskResponse modifyScheduledTask(ModifyScheduledTaskRequest request) {
    return invoker.call(ScheduledTaskOperations.MODIFY_SCHEDULED_TASK, request);
  }

  // ---- agent packages

  @Override
  public CreateEdgeMobileAgentPackageResponse createEdgeMobileAgentPackage(CreateEdgeMobileAgentPackageRequest request) {
    return invoker.call(AgentPackageOperations.CREATE_EDGE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public CreateMobileAgentPackageResponse createMobileAgentPackage(CreateMobileAgentPackageRequest request) {
    return invoker.call(AgentPackageOperations.CREATE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public DeleteMobileAgentPackageResponse deleteMobileAgentPackage(DeleteMobileAgentPackageRequest request) {
    return invoker.call(AgentPackageOperations.DELETE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public DescribeEdgeMobileAgentPackagesResponse describeEdgeMobileAgentPackages(DescribeEdgeMobileAgentPackagesRequest request) {
    return invoker.call(AgentPackageOperations.DESCRIBE_EDGE_MOBILE_AGENT_PACKAGES, request);
  }

  @Override
  public Paged<EdgeAgentPackage> describeEdgeMobileAgentPackagesPaged(DescribeEdgeMobileAgentPackagesRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeEdgeMobileAgentPackages", request.nextToken(),
        token -> describeEdgeMobileAgentPackages(DescribeEdgeMobileAgentPackagesRequest.builder().from(request).nextToken(token).build()),
        DescribeEdgeMobileAgentPackagesResponse::packages, DescribeEdgeMobileAgentPackagesResponse::nextToken, DescribeEdgeMobileAgentPackagesResponse::totalCount);
  }

  @Override
  public DescribeMobileAgentPackageResponse describeMobileAgentPackage(DescribeMobileAgentPackageRequest request) {
    return invoker.call(AgentPackageOperations.DESCRIBE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public Paged<MobileAgentPackage> describeMobileAgentPackagePaged(DescribeMobileAgentPackageRequest request) {
    Validate.notNull("request", request);
    return PageNumberPaging.paged("DescribeMobileAgentPackage", request.pageNum().orElse(1), request.pageSize(),
        page -> describeMobileAgentPackage(DescribeMobileAgentPackageRequest.builder().from(request).pageNum(page).build()),
        DescribeMobileAgentPackageResponse::packageList, DescribeMobileAgentPackageResponse::totalCount);
  }

  @Override
  public RenewMobileAgentPackageResponse renewMobileAgentPackage(RenewMobileAgentPackageRequest request) {
    return invoker.call(AgentPackageOperations.RENEW_MOBILE_AGENT_PACKAGE, request);
  }

  // ---- credits

  @Override
  public CreateCreditPackageResponse createCreditPackage(CreateCreditPackageRequest request) {
    return invoker.call(CreditOperations.CREATE_CREDIT_PACKAGE, request);
  }

  @Override
  public DescribeCreditDetailResponse describeCreditDetail(DescribeCreditDetailRequest request) {
    return invoker.call(CreditOperations.DESCRIBE_CREDIT_DETAIL, request);
  }

  @Override
  public Paged<CreditRecord> describeCreditDetailPaged(DescribeCreditDetailRequest request) {
    Validate.notNull("request", request);
    return TokenPaging.paged("DescribeCreditDetail", request.nextToken(),
        token -> describeCreditDetail(DescribeCreditDetailRequest.builder().from(request).nextToken(token).build()),
        r -> r.data().map(CreditDetailPage::details).orElse(List.of()), r -> r.data().flatMap(CreditDetailPage::nextToken), r -> r.data().flatMap(CreditDetailPage::totalCount));
  }

  @Override
  public DescribeCreditPackageResponse describeCreditPackage(DescribeCreditPackageRequest request) {
    return invoker.call(CreditOperations.DESCRIBE_CREDIT_PACKAGE, request);
  }
}
