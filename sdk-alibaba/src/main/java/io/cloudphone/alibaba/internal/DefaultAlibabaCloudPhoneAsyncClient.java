package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaCloudPhoneAsyncClient;
import java.util.concurrent.CompletableFuture;
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

/** {@link AlibabaCloudPhoneAsyncClient} over a {@link AlibabaInvoker}. */
final class DefaultAlibabaCloudPhoneAsyncClient implements AlibabaCloudPhoneAsyncClient {
  private final AlibabaInvoker invoker;

  DefaultAlibabaCloudPhoneAsyncClient(AlibabaInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public CompletableFuture<ChangeCloudPhoneNodeResponse> changeCloudPhoneNode(ChangeCloudPhoneNodeRequest request) {
    return invoker.callAsync(NodeOperations.CHANGE_CLOUD_PHONE_NODE, request);
  }

  @Override
  public CompletableFuture<CreateCloudPhoneNodeResponse> createCloudPhoneNode(CreateCloudPhoneNodeRequest request) {
    return invoker.callAsync(NodeOperations.CREATE_CLOUD_PHONE_NODE, request);
  }

  @Override
  public CompletableFuture<DeleteCloudPhoneNodesResponse> deleteCloudPhoneNodes(DeleteCloudPhoneNodesRequest request) {
    return invoker.callAsync(NodeOperations.DELETE_CLOUD_PHONE_NODES, request);
  }

  @Override
  public CompletableFuture<DescribeCloudPhoneNodesResponse> describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest request) {
    return invoker.callAsync(NodeOperations.DESCRIBE_CLOUD_PHONE_NODES, request);
  }

  @Override
  public CompletableFuture<ExpandDataVolumeResponse> expandDataVolume(ExpandDataVolumeRequest request) {
    return invoker.callAsync(NodeOperations.EXPAND_DATA_VOLUME, request);
  }

  @Override
  public CompletableFuture<ModifyCloudPhoneNodeResponse> modifyCloudPhoneNode(ModifyCloudPhoneNodeRequest request) {
    return invoker.callAsync(NodeOperations.MODIFY_CLOUD_PHONE_NODE, request);
  }

  @Override
  public CompletableFuture<RenewCloudPhoneNodesResponse> renewCloudPhoneNodes(RenewCloudPhoneNodesRequest request) {
    return invoker.callAsync(NodeOperations.RENEW_CLOUD_PHONE_NODES, request);
  }

  @Override
  public CompletableFuture<CreateAndroidInstanceGroupResponse> createAndroidInstanceGroup(CreateAndroidInstanceGroupRequest request) {
    return invoker.callAsync(InstanceGroupOperations.CREATE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public CompletableFuture<DeleteAndroidInstanceGroupResponse> deleteAndroidInstanceGroup(DeleteAndroidInstanceGroupRequest request) {
    return invoker.callAsync(InstanceGroupOperations.DELETE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public CompletableFuture<DescribeAndroidInstanceGroupsResponse> describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest request) {
    return invoker.callAsync(InstanceGroupOperations.DESCRIBE_ANDROID_INSTANCE_GROUPS, request);
  }

  @Override
  public CompletableFuture<DowngradeAndroidInstanceGroupResponse> downgradeAndroidInstanceGroup(DowngradeAndroidInstanceGroupRequest request) {
    return invoker.callAsync(InstanceGroupOperations.DOWNGRADE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public CompletableFuture<ModifyAndroidInstanceGroupResponse> modifyAndroidInstanceGroup(ModifyAndroidInstanceGroupRequest request) {
    return invoker.callAsync(InstanceGroupOperations.MODIFY_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public CompletableFuture<ModifyInstanceChargeTypeResponse> modifyInstanceChargeType(ModifyInstanceChargeTypeRequest request) {
    return invoker.callAsync(InstanceGroupOperations.MODIFY_INSTANCE_CHARGE_TYPE, request);
  }

  @Override
  public CompletableFuture<RenewAndroidInstanceGroupsResponse> renewAndroidInstanceGroups(RenewAndroidInstanceGroupsRequest request) {
    return invoker.callAsync(InstanceGroupOperations.RENEW_ANDROID_INSTANCE_GROUPS, request);
  }

  @Override
  public CompletableFuture<UpdateInstanceGroupImageResponse> updateInstanceGroupImage(UpdateInstanceGroupImageRequest request) {
    return invoker.callAsync(InstanceGroupOperations.UPDATE_INSTANCE_GROUP_IMAGE, request);
  }

  @Override
  public CompletableFuture<UpgradeAndroidInstanceGroupResponse> upgradeAndroidInstanceGroup(UpgradeAndroidInstanceGroupRequest request) {
    return invoker.callAsync(InstanceGroupOperations.UPGRADE_ANDROID_INSTANCE_GROUP, request);
  }

  @Override
  public CompletableFuture<AuthorizeAndroidInstanceResponse> authorizeAndroidInstance(AuthorizeAndroidInstanceRequest request) {
    return invoker.callAsync(InstanceOperations.AUTHORIZE_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<BatchGetAcpConnectionTicketResponse> batchGetAcpConnectionTicket(BatchGetAcpConnectionTicketRequest request) {
    return invoker.callAsync(InstanceOperations.BATCH_GET_ACP_CONNECTION_TICKET, request);
  }

  @Override
  public CompletableFuture<CreateScreenshotResponse> createScreenshot(CreateScreenshotRequest request) {
    return invoker.callAsync(InstanceOperations.CREATE_SCREENSHOT, request);
  }

  @Override
  public CompletableFuture<DescribeAndroidInstancesResponse> describeAndroidInstances(DescribeAndroidInstancesRequest request) {
    return invoker.callAsync(InstanceOperations.DESCRIBE_ANDROID_INSTANCES, request);
  }

  @Override
  public CompletableFuture<DescribeDisplayConfigResponse> describeDisplayConfig(DescribeDisplayConfigRequest request) {
    return invoker.callAsync(InstanceOperations.DESCRIBE_DISPLAY_CONFIG, request);
  }

  @Override
  public CompletableFuture<DescribeMetricLastResponse> describeMetricLast(DescribeMetricLastRequest request) {
    return invoker.callAsync(InstanceOperations.DESCRIBE_METRIC_LAST, request);
  }

  @Override
  public CompletableFuture<DisconnectAndroidInstanceResponse> disconnectAndroidInstance(DisconnectAndroidInstanceRequest request) {
    return invoker.callAsync(InstanceOperations.DISCONNECT_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<EndCoordinationResponse> endCoordination(EndCoordinationRequest request) {
    return invoker.callAsync(InstanceOperations.END_COORDINATION, request);
  }

  @Override
  public CompletableFuture<GenerateCoordinationCodeResponse> generateCoordinationCode(GenerateCoordinationCodeRequest request) {
    return invoker.callAsync(InstanceOperations.GENERATE_COORDINATION_CODE, request);
  }

  @Override
  public CompletableFuture<ModifyAndroidInstanceResponse> modifyAndroidInstance(ModifyAndroidInstanceRequest request) {
    return invoker.callAsync(InstanceOperations.MODIFY_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<ModifyDisplayConfigResponse> modifyDisplayConfig(ModifyDisplayConfigRequest request) {
    return invoker.callAsync(InstanceOperations.MODIFY_DISPLAY_CONFIG, request);
  }

  @Override
  public CompletableFuture<RebootAndroidInstancesInGroupResponse> rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest request) {
    return invoker.callAsync(InstanceOperations.REBOOT_ANDROID_INSTANCES_IN_GROUP, request);
  }

  @Override
  public CompletableFuture<ResetAndroidInstancesInGroupResponse> resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest request) {
    return invoker.callAsync(InstanceOperations.RESET_ANDROID_INSTANCES_IN_GROUP, request);
  }

  @Override
  public CompletableFuture<SetAdbSecureResponse> setAdbSecure(SetAdbSecureRequest request) {
    return invoker.callAsync(InstanceOperations.SET_ADB_SECURE, request);
  }

  @Override
  public CompletableFuture<StartAndroidInstanceResponse> startAndroidInstance(StartAndroidInstanceRequest request) {
    return invoker.callAsync(InstanceOperations.START_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<StopAndroidInstanceResponse> stopAndroidInstance(StopAndroidInstanceRequest request) {
    return invoker.callAsync(InstanceOperations.STOP_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<UpdateInstanceImageResponse> updateInstanceImage(UpdateInstanceImageRequest request) {
    return invoker.callAsync(InstanceOperations.UPDATE_INSTANCE_IMAGE, request);
  }

  @Override
  public CompletableFuture<CreateCustomImageResponse> createCustomImage(CreateCustomImageRequest request) {
    return invoker.callAsync(ImageOperations.CREATE_CUSTOM_IMAGE, request);
  }

  @Override
  public CompletableFuture<DeleteImagesResponse> deleteImages(DeleteImagesRequest request) {
    return invoker.callAsync(ImageOperations.DELETE_IMAGES, request);
  }

  @Override
  public CompletableFuture<DescribeImageListResponse> describeImageList(DescribeImageListRequest request) {
    return invoker.callAsync(ImageOperations.DESCRIBE_IMAGE_LIST, request);
  }

  @Override
  public CompletableFuture<DistributeImageResponse> distributeImage(DistributeImageRequest request) {
    return invoker.callAsync(ImageOperations.DISTRIBUTE_IMAGE, request);
  }

  @Override
  public CompletableFuture<UpdateCustomImageNameResponse> updateCustomImageName(UpdateCustomImageNameRequest request) {
    return invoker.callAsync(ImageOperations.UPDATE_CUSTOM_IMAGE_NAME, request);
  }

  @Override
  public CompletableFuture<AttachKeyPairResponse> attachKeyPair(AttachKeyPairRequest request) {
    return invoker.callAsync(KeyPairOperations.ATTACH_KEY_PAIR, request);
  }

  @Override
  public CompletableFuture<CreateKeyPairResponse> createKeyPair(CreateKeyPairRequest request) {
    return invoker.callAsync(KeyPairOperations.CREATE_KEY_PAIR, request);
  }

  @Override
  public CompletableFuture<DeleteKeyPairsResponse> deleteKeyPairs(DeleteKeyPairsRequest request) {
    return invoker.callAsync(KeyPairOperations.DELETE_KEY_PAIRS, request);
  }

  @Override
  public CompletableFuture<DescribeKeyPairsResponse> describeKeyPairs(DescribeKeyPairsRequest request) {
    return invoker.callAsync(KeyPairOperations.DESCRIBE_KEY_PAIRS, request);
  }

  @Override
  public CompletableFuture<DetachKeyPairResponse> detachKeyPair(DetachKeyPairRequest request) {
    return invoker.callAsync(KeyPairOperations.DETACH_KEY_PAIR, request);
  }

  @Override
  public CompletableFuture<ImportKeyPairResponse> importKeyPair(ImportKeyPairRequest request) {
    return invoker.callAsync(KeyPairOperations.IMPORT_KEY_PAIR, request);
  }

  @Override
  public CompletableFuture<ModifyKeyPairNameResponse> modifyKeyPairName(ModifyKeyPairNameRequest request) {
    return invoker.callAsync(KeyPairOperations.MODIFY_KEY_PAIR_NAME, request);
  }

  @Override
  public CompletableFuture<CreateAppResponse> createApp(CreateAppRequest request) {
    return invoker.callAsync(AppOperations.CREATE_APP, request);
  }

  @Override
  public CompletableFuture<DeleteAppsResponse> deleteApps(DeleteAppsRequest request) {
    return invoker.callAsync(AppOperations.DELETE_APPS, request);
  }

  @Override
  public CompletableFuture<DescribeAppsResponse> describeApps(DescribeAppsRequest request) {
    return invoker.callAsync(AppOperations.DESCRIBE_APPS, request);
  }

  @Override
  public CompletableFuture<InstallAppResponse> installApp(InstallAppRequest request) {
    return invoker.callAsync(AppOperations.INSTALL_APP, request);
  }

  @Override
  public CompletableFuture<ModifyAppResponse> modifyApp(ModifyAppRequest request) {
    return invoker.callAsync(AppOperations.MODIFY_APP, request);
  }

  @Override
  public CompletableFuture<OperateAppResponse> operateApp(OperateAppRequest request) {
    return invoker.callAsync(AppOperations.OPERATE_APP, request);
  }

  @Override
  public CompletableFuture<UninstallAppResponse> uninstallApp(UninstallAppRequest request) {
    return invoker.callAsync(AppOperations.UNINSTALL_APP, request);
  }

  @Override
  public CompletableFuture<BackupFileResponse> backupFile(BackupFileRequest request) {
    return invoker.callAsync(FileOperations.BACKUP_FILE, request);
  }

  @Override
  public CompletableFuture<DeleteBackupFileResponse> deleteBackupFile(DeleteBackupFileRequest request) {
    return invoker.callAsync(FileOperations.DELETE_BACKUP_FILE, request);
  }

  @Override
  public CompletableFuture<DescribeBackupFilesResponse> describeBackupFiles(DescribeBackupFilesRequest request) {
    return invoker.callAsync(FileOperations.DESCRIBE_BACKUP_FILES, request);
  }

  @Override
  public CompletableFuture<FetchFileResponse> fetchFile(FetchFileRequest request) {
    return invoker.callAsync(FileOperations.FETCH_FILE, request);
  }

  @Override
  public CompletableFuture<RecoveryFileResponse> recoveryFile(RecoveryFileRequest request) {
    return invoker.callAsync(FileOperations.RECOVERY_FILE, request);
  }

  @Override
  public CompletableFuture<SendFileResponse> sendFile(SendFileRequest request) {
    return invoker.callAsync(FileOperations.SEND_FILE, request);
  }

  @Override
  @Deprecated
  public CompletableFuture<DescribeInvocationsResponse> describeInvocations(DescribeInvocationsRequest request) {
    return invoker.callAsync(CommandOperations.DESCRIBE_INVOCATIONS, request);
  }

  @Override
  public CompletableFuture<RunCommandResponse> runCommand(RunCommandRequest request) {
    return invoker.callAsync(CommandOperations.RUN_COMMAND, request);
  }

  @Override
  public CompletableFuture<DescribeTasksResponse> describeTasks(DescribeTasksRequest request) {
    return invoker.callAsync(TaskOperations.DESCRIBE_TASKS, request);
  }

  @Override
  public CompletableFuture<CreatePolicyGroupResponse> createPolicyGroup(CreatePolicyGroupRequest request) {
    return invoker.callAsync(PolicyOperations.CREATE_POLICY_GROUP, request);
  }

  @Override
  public CompletableFuture<DeletePolicyGroupResponse> deletePolicyGroup(DeletePolicyGroupRequest request) {
    return invoker.callAsync(PolicyOperations.DELETE_POLICY_GROUP, request);
  }

  @Override
  public CompletableFuture<ListPolicyGroupsResponse> listPolicyGroups(ListPolicyGroupsRequest request) {
    return invoker.callAsync(PolicyOperations.LIST_POLICY_GROUPS, request);
  }

  @Override
  public CompletableFuture<ModifyPolicyGroupResponse> modifyPolicyGroup(ModifyPolicyGroupRequest request) {
    return invoker.callAsync(PolicyOperations.MODIFY_POLICY_GROUP, request);
  }

  @Override
  public CompletableFuture<CheckResourceStockResponse> checkResourceStock(CheckResourceStockRequest request) {
    return invoker.callAsync(CatalogueOperations.CHECK_RESOURCE_STOCK, request);
  }

  @Override
  public CompletableFuture<DescribeRegionsResponse> describeRegions(DescribeRegionsRequest request) {
    return invoker.callAsync(CatalogueOperations.DESCRIBE_REGIONS, request);
  }

  @Override
  public CompletableFuture<DescribeSpecResponse> describeSpec(DescribeSpecRequest request) {
    return invoker.callAsync(CatalogueOperations.DESCRIBE_SPEC, request);
  }

  // ---- nodes

  @Override
  public CompletableFuture<ExpandPhoneDataVolumeResponse> expandPhoneDataVolume(ExpandPhoneDataVolumeRequest request) {
    return invoker.callAsync(NodeOperations.EXPAND_PHONE_DATA_VOLUME, request);
  }

  // ---- instance groups

  @Override
  public CompletableFuture<CreateAICloudPhoneResponse> createAICloudPhone(CreateAICloudPhoneRequest request) {
    return invoker.callAsync(InstanceGroupOperations.CREATE_AI_CLOUD_PHONE, request);
  }

  @Override
  public CompletableFuture<ModifyInstanceGroupSpecResponse> modifyInstanceGroupSpec(ModifyInstanceGroupSpecRequest request) {
    return invoker.callAsync(InstanceGroupOperations.MODIFY_INSTANCE_GROUP_SPEC, request);
  }

  // ---- instances

  @Override
  public CompletableFuture<InstanceHealerResponse> instanceHealer(InstanceHealerRequest request) {
    return invoker.callAsync(InstanceOperations.INSTANCE_HEALER, request);
  }

  @Override
  public CompletableFuture<ListInstanceAdbAttributesResponse> listInstanceAdbAttributes(ListInstanceAdbAttributesRequest request) {
    return invoker.callAsync(InstanceOperations.LIST_INSTANCE_ADB_ATTRIBUTES, request);
  }

  @Override
  public CompletableFuture<StartInstanceAdbResponse> startInstanceAdb(StartInstanceAdbRequest request) {
    return invoker.callAsync(InstanceOperations.START_INSTANCE_ADB, request);
  }

  @Override
  public CompletableFuture<StopInstanceAdbResponse> stopInstanceAdb(StopInstanceAdbRequest request) {
    return invoker.callAsync(InstanceOperations.STOP_INSTANCE_ADB, request);
  }

  // ---- images

  @Override
  public CompletableFuture<ImportImageResponse> importImage(ImportImageRequest request) {
    return invoker.callAsync(ImageOperations.IMPORT_IMAGE, request);
  }

  // ---- backups

  @Override
  public CompletableFuture<BackupAndroidInstanceResponse> backupAndroidInstance(BackupAndroidInstanceRequest request) {
    return invoker.callAsync(BackupOperations.BACKUP_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<BackupAppResponse> backupApp(BackupAppRequest request) {
    return invoker.callAsync(BackupOperations.BACKUP_APP, request);
  }

  @Override
  public CompletableFuture<DescribeBucketsResponse> describeBuckets(DescribeBucketsRequest request) {
    return invoker.callAsync(BackupOperations.DESCRIBE_BUCKETS, request);
  }

  @Override
  public CompletableFuture<RecoverAndroidInstanceResponse> recoverAndroidInstance(RecoverAndroidInstanceRequest request) {
    return invoker.callAsync(BackupOperations.RECOVER_ANDROID_INSTANCE, request);
  }

  @Override
  public CompletableFuture<RecoverAppResponse> recoverApp(RecoverAppRequest request) {
    return invoker.callAsync(BackupOperations.RECOVER_APP, request);
  }

  // ---- commands

  @Override
  public CompletableFuture<RunSyncCommandResponse> runSyncCommand(RunSyncCommandRequest request) {
    return invoker.callAsync(CommandOperations.RUN_SYNC_COMMAND, request);
  }

  // ---- monitoring

  @Override
  public CompletableFuture<DescribeMetricListResponse> describeMetricList(DescribeMetricListRequest request) {
    return invoker.callAsync(MonitoringOperations.DESCRIBE_METRIC_LIST, request);
  }

  @Override
  public CompletableFuture<DescribeMetricTopResponse> describeMetricTop(DescribeMetricTopRequest request) {
    return invoker.callAsync(MonitoringOperations.DESCRIBE_METRIC_TOP, request);
  }

  @Override
  public CompletableFuture<InstallMonitorAgentResponse> installMonitorAgent(InstallMonitorAgentRequest request) {
    return invoker.callAsync(MonitoringOperations.INSTALL_MONITOR_AGENT, request);
  }

  @Override
  public CompletableFuture<UninstallMonitorAgentResponse> uninstallMonitorAgent(UninstallMonitorAgentRequest request) {
    return invoker.callAsync(MonitoringOperations.UNINSTALL_MONITOR_AGENT, request);
  }

  // ---- system properties

  @Override
  public CompletableFuture<CreateSystemPropertyTemplateResponse> createSystemPropertyTemplate(CreateSystemPropertyTemplateRequest request) {
    return invoker.callAsync(PropertyOperations.CREATE_SYSTEM_PROPERTY_TEMPLATE, request);
  }

  @Override
  public CompletableFuture<DeleteSystemPropertyTemplatesResponse> deleteSystemPropertyTemplates(DeleteSystemPropertyTemplatesRequest request) {
    return invoker.callAsync(PropertyOperations.DELETE_SYSTEM_PROPERTY_TEMPLATES, request);
  }

  @Override
  public CompletableFuture<DescribeSystemPropertyTemplatesResponse> describeSystemPropertyTemplates(DescribeSystemPropertyTemplatesRequest request) {
    return invoker.callAsync(PropertyOperations.DESCRIBE_SYSTEM_PROPERTY_TEMPLATES, request);
  }

  @Override
  public CompletableFuture<GetInstancePropertiesResponse> getInstanceProperties(GetInstancePropertiesRequest request) {
    return invoker.callAsync(PropertyOperations.GET_INSTANCE_PROPERTIES, request);
  }

  @Override
  public CompletableFuture<ModifySystemPropertyTemplateResponse> modifySystemPropertyTemplate(ModifySystemPropertyTemplateRequest request) {
    return invoker.callAsync(PropertyOperations.MODIFY_SYSTEM_PROPERTY_TEMPLATE, request);
  }

  @Override
  public CompletableFuture<SendSystemPropertyTemplateResponse> sendSystemPropertyTemplate(SendSystemPropertyTemplateRequest request) {
    return invoker.callAsync(PropertyOperations.SEND_SYSTEM_PROPERTY_TEMPLATE, request);
  }

  // ---- network

  @Override
  public CompletableFuture<GetNetworkBlacklistResponse> getNetworkBlacklist(GetNetworkBlacklistRequest request) {
    return invoker.callAsync(NetworkOperations.GET_NETWORK_BLACKLIST, request);
  }

  @Override
  public CompletableFuture<SetNetworkBlacklistResponse> setNetworkBlacklist(SetNetworkBlacklistRequest request) {
    return invoker.callAsync(NetworkOperations.SET_NETWORK_BLACKLIST, request);
  }

  // ---- tags

  @Override
  public CompletableFuture<ListTagResourcesResponse> listTagResources(ListTagResourcesRequest request) {
    return invoker.callAsync(TagOperations.LIST_TAG_RESOURCES, request);
  }

  @Override
  public CompletableFuture<TagResourcesResponse> tagResources(TagResourcesRequest request) {
    return invoker.callAsync(TagOperations.TAG_RESOURCES, request);
  }

  @Override
  public CompletableFuture<UntagResourcesResponse> untagResources(UntagResourcesRequest request) {
    return invoker.callAsync(TagOperations.UNTAG_RESOURCES, request);
  }

  // ---- agents

  @Override
  public CompletableFuture<ActivateEdgeMobileAgentResponse> activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest request) {
    return invoker.callAsync(AgentOperations.ACTIVATE_EDGE_MOBILE_AGENT, request);
  }

  @Override
  public CompletableFuture<DescribeJVSInstanceResponse> describeJVSInstance(DescribeJVSInstanceRequest request) {
    return invoker.callAsync(AgentOperations.DESCRIBE_JVS_INSTANCE, request);
  }

  @Override
  public CompletableFuture<ModifyJVSInstanceResponse> modifyJVSInstance(ModifyJVSInstanceRequest request) {
    return invoker.callAsync(AgentOperations.MODIFY_JVS_INSTANCE, request);
  }

  @Override
  public CompletableFuture<RefreshAuthTokensResponse> refreshAuthTokens(RefreshAuthTokensRequest request) {
    return invoker.callAsync(AgentOperations.REFRESH_AUTH_TOKENS, request);
  }

  // ---- agent tasks

  @Override
  public CompletableFuture<CancelAgentTaskResponse> cancelAgentTask(CancelAgentTaskRequest request) {
    return invoker.callAsync(AgentTaskOperations.CANCEL_AGENT_TASK, request);
  }

  @Override
  public CompletableFuture<DescribeAgentTaskResponse> describeAgentTask(DescribeAgentTaskRequest request) {
    return invoker.callAsync(AgentTaskOperations.DESCRIBE_AGENT_TASK, request);
  }

  @Override
  public CompletableFuture<PauseAgentTaskResponse> pauseAgentTask(PauseAgentTaskRequest request) {
    return invoker.callAsync(AgentTaskOperations.PAUSE_AGENT_TASK, request);
  }

  @Override
  public CompletableFuture<ResumeAgentTaskResponse> resumeAgentTask(ResumeAgentTaskRequest request) {
    return invoker.callAsync(AgentTaskOperations.RESUME_AGENT_TASK, request);
  }

  @Override
  public CompletableFuture<RunAgentTaskResponse> runAgentTask(RunAgentTaskRequest request) {
    return invoker.callAsync(AgentTaskOperations.RUN_AGENT_TASK, request);
  }

  // ---- scheduled tasks

  @Override
  public CompletableFuture<CreateScheduledTaskResponse> createScheduledTask(CreateScheduledTaskRequest request) {
    return invoker.callAsync(ScheduledTaskOperations.CREATE_SCHEDULED_TASK, request);
  }

  @Override
  public CompletableFuture<DeleteScheduledTaskResponse> deleteScheduledTask(DeleteScheduledTaskRequest request) {
    return invoker.callAsync(ScheduledTaskOperations.DELETE_SCHEDULED_TASK, request);
  }

  @Override
  public CompletableFuture<DescribeScheduledTaskExecutionsResponse> describeScheduledTaskExecutions(DescribeScheduledTaskExecutionsRequest request) {
    return invoker.callAsync(ScheduledTaskOperations.DESCRIBE_SCHEDULED_TASK_EXECUTIONS, request);
  }

  @Override
  public CompletableFuture<DescribeScheduledTasksResponse> describeScheduledTasks(DescribeScheduledTasksRequest request) {
    return invoker.callAsync(ScheduledTaskOperations.DESCRIBE_SCHEDULED_TASKS, request);
  }

  @Override
  public CompletableFuture<ModifyScheduledTaskResponse> modifyScheduledTask(ModifyScheduledTaskRequest request) {
    return invoker.callAsync(ScheduledTaskOperations.MODIFY_SCHEDULED_TASK, request);
  }

  // ---- agent packages

  @Override
  public CompletableFuture<CreateEdgeMobileAgentPackageResponse> createEdgeMobileAgentPackage(CreateEdgeMobileAgentPackageRequest request) {
    return invoker.callAsync(AgentPackageOperations.CREATE_EDGE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public CompletableFuture<CreateMobileAgentPackageResponse> createMobileAgentPackage(CreateMobileAgentPackageRequest request) {
    return invoker.callAsync(AgentPackageOperations.CREATE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public CompletableFuture<DeleteMobileAgentPackageResponse> deleteMobileAgentPackage(DeleteMobileAgentPackageRequest request) {
    return invoker.callAsync(AgentPackageOperations.DELETE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public CompletableFuture<DescribeEdgeMobileAgentPackagesResponse> describeEdgeMobileAgentPackages(DescribeEdgeMobileAgentPackagesRequest request) {
    return invoker.callAsync(AgentPackageOperations.DESCRIBE_EDGE_MOBILE_AGENT_PACKAGES, request);
  }

  @Override
  public CompletableFuture<DescribeMobileAgentPackageResponse> describeMobileAgentPackage(DescribeMobileAgentPackageRequest request) {
    return invoker.callAsync(AgentPackageOperations.DESCRIBE_MOBILE_AGENT_PACKAGE, request);
  }

  @Override
  public CompletableFuture<RenewMobileAgentPackageResponse> renewMobileAgentPackage(RenewMobileAgentPackageRequest request) {
    return invoker.callAsync(AgentPackageOperations.RENEW_MOBILE_AGENT_PACKAGE, request);
  }

  // ---- credits

  @Override
  public CompletableFuture<CreateCreditPackageResponse> createCreditPackage(CreateCreditPackageRequest request) {
    return invoker.callAsync(CreditOperations.CREATE_CREDIT_PACKAGE, request);
  }

  @Override
  public CompletableFuture<DescribeCreditDetailResponse> describeCreditDetail(DescribeCreditDetailRequest request) {
    return invoker.callAsync(CreditOperations.DESCRIBE_CREDIT_DETAIL, request);
  }

  @Override
  public CompletableFuture<DescribeCreditPackageResponse> describeCreditPackage(DescribeCreditPackageRequest request) {
    return invoker.callAsync(CreditOperations.DESCRIBE_CREDIT_PACKAGE, request);
  }
}
