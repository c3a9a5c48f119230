package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.AndroidInstanceGroup;
import io.cloudphone.alibaba.model.AttachKeyPairRequest;
import io.cloudphone.alibaba.model.BackupAndroidInstanceRequest;
import io.cloudphone.alibaba.model.BackupAndroidInstanceResponse;
import io.cloudphone.alibaba.model.CancelAgentTaskRequest;
import io.cloudphone.alibaba.model.ChangeCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.CloudPhoneNode;
import io.cloudphone.alibaba.model.CreateAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.CreateAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.CreateAppRequest;
import io.cloudphone.alibaba.model.CreateCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.CreateCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.CreateCustomImageRequest;
import io.cloudphone.alibaba.model.CreateKeyPairRequest;
import io.cloudphone.alibaba.model.CreatePolicyGroupRequest;
import io.cloudphone.alibaba.model.CreateScheduledTaskRequest;
import io.cloudphone.alibaba.model.CreateSystemPropertyTemplateRequest;
import io.cloudphone.alibaba.model.DeleteAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.DeleteAppsRequest;
import io.cloudphone.alibaba.model.DeleteBackupFileRequest;
import io.cloudphone.alibaba.model.DeleteCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DeleteImagesRequest;
import io.cloudphone.alibaba.model.DeleteKeyPairsRequest;
import io.cloudphone.alibaba.model.DeletePolicyGroupRequest;
import io.cloudphone.alibaba.model.DeleteScheduledTaskRequest;
import io.cloudphone.alibaba.model.DescribeAgentTaskRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstanceGroupsRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAppsRequest;
import io.cloudphone.alibaba.model.DescribeBackupFilesRequest;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DescribeDisplayConfigRequest;
import io.cloudphone.alibaba.model.DescribeImageListRequest;
import io.cloudphone.alibaba.model.DescribeKeyPairsRequest;
import io.cloudphone.alibaba.model.DescribeScheduledTasksRequest;
import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.DetachKeyPairRequest;
import io.cloudphone.alibaba.model.DisplayConfig;
import io.cloudphone.alibaba.model.DistributeImageRequest;
import io.cloudphone.alibaba.model.DowngradeAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.GetInstancePropertiesRequest;
import io.cloudphone.alibaba.model.Image;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.ListInstanceAdbAttributesRequest;
import io.cloudphone.alibaba.model.ListPolicyGroupsRequest;
import io.cloudphone.alibaba.model.ListTagResourcesRequest;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.ModifyAppRequest;
import io.cloudphone.alibaba.model.ModifyCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.ModifyDisplayConfigRequest;
import io.cloudphone.alibaba.model.ModifyKeyPairNameRequest;
import io.cloudphone.alibaba.model.ModifyPolicyGroupRequest;
import io.cloudphone.alibaba.model.ModifyScheduledTaskRequest;
import io.cloudphone.alibaba.model.PauseAgentTaskRequest;
import io.cloudphone.alibaba.model.RecoverAndroidInstanceRequest;
import io.cloudphone.alibaba.model.RenewAndroidInstanceGroupsRequest;
import io.cloudphone.alibaba.model.RenewCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.ResumeAgentTaskRequest;
import io.cloudphone.alibaba.model.RunAgentTaskRequest;
import io.cloudphone.alibaba.model.SendSystemPropertyTemplateRequest;
import io.cloudphone.alibaba.model.StartInstanceAdbRequest;
import io.cloudphone.alibaba.model.StopInstanceAdbRequest;
import io.cloudphone.alibaba.model.SystemPropertyInfo;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.alibaba.model.TagResourcesRequest;
import io.cloudphone.alibaba.model.UninstallAppRequest;
import io.cloudphone.alibaba.model.UntagResourcesRequest;
import io.cloudphone.alibaba.model.UpdateCustomImageNameRequest;
import io.cloudphone.alibaba.model.UpgradeAndroidInstanceGroupRequest;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.ConflictException;
import io.cloudphone.core.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resource families of the Alibaba fake, each create → list → describe → change → delete through the typed client. */
class FakeAlibabaCloudPhoneScenarioTest {
  private static final String PHONE = "acp-fake001001";

  private FakeAlibabaCloudPhone fake;
  private AlibabaCloudPhoneClient ecp;

  @BeforeEach
  void start() {
    fake = FakeAlibabaCloudPhone.start(Fleet.builder().servers(2).phonesPerServer(2).build(), FaultPlan.none(),
        FakeTime.manual(Instant.parse("2025-01-02T03:04:05Z")));
    ecp = fake.client();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private void advance() {
    fake.time().advance(Duration.ofSeconds(10));
  }

  @Test
  void nodes_createChangeRenameRenewDelete_stateFollows() {
    CreateCloudPhoneNodeResponse created = ecp.createCloudPhoneNode(CreateCloudPhoneNodeRequest.builder()
        .bizRegionId(FakeAlibabaCloudPhone.REGION_ID).serverType("cpm.gx7.10xlarge").nodeName("mine")
        .phoneCount(3).addTag(Tag.builder().key("team").value("qa").build()).build());
    String nodeId = created.nodeInfos().get(0).nodeId().orElseThrow();
    assertThat(created.orderId()).isPresent();
    assertThat(created.nodeInfos().get(0).instanceIds()).hasSize(3);

    ecp.changeCloudPhoneNode(ChangeCloudPhoneNodeRequest.builder().nodeId(nodeId).phoneCount(4).build());
    ecp.modifyCloudPhoneNode(ModifyCloudPhoneNodeRequest.builder().nodeId(nodeId).newNodeName("renamed").build());
    CloudPhoneNode node = ecp.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder()
        .addTags(Tag.builder().key("team").value("qa").build()).build()).nodeModel().get(0);
    assertThat(node.nodeId()).contains(nodeId);
    assertThat(node.nodeName()).contains("renamed");
    assertThat(node.phoneCount()).contains(4);
    assertThat(ecp.renewCloudPhoneNodes(RenewCloudPhoneNodesRequest.builder().addNodeIds(nodeId).period(1)
        .periodUnit("Month").build()).orderId()).isPresent();

    ecp.deleteCloudPhoneNodes(DeleteCloudPhoneNodesRequest.builder().addNodeIds(nodeId).build());
    assertThat(ecp.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder().addNodeIds(nodeId).build())
        .nodeModel()).isEmpty();
    assertThat(ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder()
        .nodeId(nodeId).build()).instanceModel()).isEmpty();
  }

  @Test
  void instanceGroups_createUpgradeDowngradeRenameDelete_instancesFollow() {
    CreateAndroidInstanceGroupResponse created = ecp.createAndroidInstanceGroup(
        CreateAndroidInstanceGroupRequest.builder().bizRegionId(FakeAlibabaCloudPhone.REGION_ID)
            .instanceGroupSpec("acp.basic.small").imageId("imgc-fake0000000001").numberOfInstances(2)
            .chargeType("PrePaid").instanceGroupName("g1").build());
    String groupId = created.instanceGroupIds().get(0);
    List<String> phones = created.instanceGroupInfos().get(0).instanceIds();
    assertThat(ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(
        phones.get(0)).build()).instanceModel().get(0).androidInstanceStatus()).contains("CREATING");
    advance();
    assertThat(fake.rawPhoneStatus(phones.get(0))).isEqualTo("RUNNING");

    ecp.upgradeAndroidInstanceGroup(UpgradeAndroidInstanceGroupRequest.builder().instanceGroupId(groupId)
        .increaseNumberOfInstance(2).build());
    ecp.downgradeAndroidInstanceGroup(DowngradeAndroidInstanceGroupRequest.builder().instanceGroupId(groupId)
        .addAndroidInstanceIds(phones.get(0)).build());
    ecp.modifyAndroidInstanceGroup(ModifyAndroidInstanceGroupRequest.builder().instanceGroupId(groupId)
        .newInstanceGroupName("g1-renamed").build());
    AndroidInstanceGroup group = ecp.describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest.builder()
        .addInstanceGroupIds(groupId).build()).instanceGroupModel().get(0);
    assertThat(group.instanceGroupName()).contains("g1-renamed");
    assertThat(group.numberOfInstances()).contains("3");
    assertThat(ecp.renewAndroidInstanceGroups(RenewAndroidInstanceGroupsRequest.builder()
        .addInstanceGroupIds(groupId).period(1).periodUnit("Month").build()).orderId()).isPresent();

    ecp.deleteAndroidInstanceGroup(DeleteAndroidInstanceGroupRequest.builder().addInstanceGroupIds(groupId).build());
    assertThat(ecp.describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest.builder()
        .addInstanceGroupIds(groupId).build()).instanceGroupModel()).isEmpty();
    assertThatThrownBy(() -> ecp.describeDisplayConfig(DescribeDisplayConfigRequest.builder()
        .addAndroidInstanceIds(phones.get(1)).build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void orders_pendingPaymentChangesNothing_failedPaymentIsRefused() {
    fake.orderPayment(OrderPayment.PENDING);
    CreateCloudPhoneNodeResponse pending = ecp.createCloudPhoneNode(CreateCloudPhoneNodeRequest.builder()
        .bizRegionId(FakeAlibabaCloudPhone.REGION_ID).serverType("cpm.gx7.10xlarge").build());
    assertThat(pending.orderId()).isPresent();
    assertThat(pending.nodeInfos()).isEmpty();
    assertThat(fake.serverIds()).hasSize(2);

    fake.orderPayment(OrderPayment.FAILED);
    assertThatThrownBy(() -> ecp.renewCloudPhoneNodes(RenewCloudPhoneNodesRequest.builder()
        .addNodeIds(fake.serverIds().get(0)).build()))
        .isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.serviceError().errorCode()).isEqualTo("InsufficientBalance"));
  }

  @Test
  void images_createFromInstanceDistributeRenameDelete_deletedImageCannotBeDistributed() {
    String imageId = ecp.createCustomImage(CreateCustomImageRequest.builder().imageName("mine").instanceId(PHONE)
        .build()).imageId().orElseThrow();
    assertThat(ecp.describeImageList(DescribeImageListRequest.builder().imageType("User").build()).data())
        .extracting(image -> image.status().orElseThrow()).containsExactly("CREATING");
    advance();
    ecp.distributeImage(DistributeImageRequest.builder().imageId(imageId).addDistributeRegionList("cn-hangzhou")
        .build());
    ecp.updateCustomImageName(UpdateCustomImageNameRequest.builder().imageId(imageId).imageName("renamed").build());
    Image image = ecp.describeImageList(DescribeImageListRequest.builder().imageType("User").imageId(imageId)
        .build()).data().get(0);
    assertThat(image.imageName()).contains("renamed");
    assertThat(image.imageRegionList()).contains("cn-hangzhou");
    assertThat(ecp.describeTasks(DescribeTasksRequest.builder().taskType("CreateImage").build()).data()).hasSize(2);

    assertThat(ecp.deleteImages(DeleteImagesRequest.builder().addImageIds(imageId).build()).data().orElseThrow()
        .successDeleteImageIds()).containsExactly(imageId);
    assertThatThrownBy(() -> ecp.distributeImage(DistributeImageRequest.builder().imageId(imageId)
        .addDistributeRegionList("cn-hangzhou").build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void apps_createInstallDescribeUninstallDelete_installStatePerInstance() {
    int appId = ecp.createApp(CreateAppRequest.builder().appName("game").ossAppUrl("oss://b/game.apk").build())
        .appId().orElseThrow();
    ecp.installApp(InstallAppRequest.builder().addAppIdList(String.valueOf(appId)).addInstanceIdList(PHONE)
        .build());
    advance();
    assertThat(ecp.describeApps(DescribeAppsRequest.builder().installationStatus("installed").build()).data())
        .extracting(app -> app.appId().orElseThrow()).containsExactly(appId);
    assertThatThrownBy(() -> ecp.deleteApps(DeleteAppsRequest.builder().addAppIdList(String.valueOf(appId))
        .build())).isInstanceOf(ConflictException.class);

    ecp.modifyApp(ModifyAppRequest.builder().appId(appId).appName("game2").build());
    ecp.uninstallApp(UninstallAppRequest.builder().addAppIdList(String.valueOf(appId)).addInstanceIdList(PHONE)
        .build());
    advance();
    ecp.deleteApps(DeleteAppsRequest.builder().addAppIdList(String.valueOf(appId)).build());
    assertThat(ecp.describeApps(DescribeAppsRequest.builder().build()).data()).isEmpty();
  }

  @Test
  void keyPairs_createAttachDetachRenameDelete_instanceShowsItsKeyPair() {
    String keyPairId = ecp.createKeyPair(CreateKeyPairRequest.builder().keyPairName("k1").build()).data()
        .orElseThrow().keyPairId().orElseThrow();
    ecp.attachKeyPair(AttachKeyPairRequest.builder().keyPairId(keyPairId).addInstanceIds(PHONE).build());
    assertThat(ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().keyPairId(keyPairId).build())
        .instanceModel()).extracting(i -> i.androidInstanceId().orElseThrow()).containsExactly(PHONE);
    assertThatThrownBy(() -> ecp.deleteKeyPairs(DeleteKeyPairsRequest.builder().addKeyPairIds(keyPairId).build()))
        .isInstanceOf(ConflictException.class);

    ecp.modifyKeyPairName(ModifyKeyPairNameRequest.builder().keyPairId(keyPairId).newKeyPairName("k2").build());
    ecp.detachKeyPair(DetachKeyPairRequest.builder().keyPairId(keyPairId).addInstanceIds(PHONE).build());
    assertThat(ecp.describeKeyPairs(DescribeKeyPairsRequest.builder().build()).data())
        .extracting(k -> k.keyPairName().orElseThrow()).containsExactly("k2");
    ecp.deleteKeyPairs(DeleteKeyPairsRequest.builder().addKeyPairIds(keyPairId).build());
    assertThat(ecp.describeKeyPairs(DescribeKeyPairsRequest.builder().build()).data()).isEmpty();
  }

  @Test
  void tagsAndPolicies_tagListUntag_policyCreateModifyDelete() {
    ecp.tagResources(TagResourcesRequest.builder().resourceType("INSTANCE").addResourceId(PHONE)
        .addTag(Tag.builder().key("env").value("test").build()).build());
    assertThat(ecp.listTagResources(ListTagResourcesRequest.builder().addResourceId(PHONE).build()).tagResources())
        .extracting(t -> t.tagKey().orElseThrow()).containsExactly("env");
    assertThat(ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(PHONE)
        .build()).instanceModel().get(0).tags()).extracting(t -> t.value().orElseThrow()).containsExactly("test");
    ecp.untagResources(UntagResourcesRequest.builder().resourceType("INSTANCE").addResourceId(PHONE)
        .addTagKey("env").build());
    assertThat(ecp.listTagResources(ListTagResourcesRequest.builder().addResourceId(PHONE).build()).tagResources())
        .isEmpty();

    String policyId = ecp.createPolicyGroup(CreatePolicyGroupRequest.builder().policyGroupName("p").clipboard("off")
        .build()).policyGroupId().orElseThrow();
    ecp.modifyPolicyGroup(ModifyPolicyGroupRequest.builder().policyGroupId(policyId).clipboard("read").build());
    assertThat(ecp.listPolicyGroups(ListPolicyGroupsRequest.builder().build()).policyGroupModel())
        .extracting(p -> p.clipboard().orElseThrow()).containsExactly("read");
    ecp.deletePolicyGroup(DeletePolicyGroupRequest.builder().addPolicyGroupIds(policyId).build());
    assertThat(ecp.listPolicyGroups(ListPolicyGroupsRequest.builder().build()).policyGroupModel()).isEmpty();
  }

  @Test
  void backups_backupListRestoreDelete_restoreNeedsAnAvailableFile() {
    BackupAndroidInstanceResponse backup = ecp.backupAndroidInstance(BackupAndroidInstanceRequest.builder()
        .addAndroidInstanceIdList(PHONE).backupFilePath("oss://b/backups").uploadEndpoint("oss.example").build());
    String fileId = backup.data().get(0).backupFileId().orElseThrow();
    assertThat(fake.rawPhoneStatus(PHONE)).isEqualTo("BACKUPING");
    assertThatThrownBy(() -> ecp.recoverAndroidInstance(RecoverAndroidInstanceRequest.builder()
        .addAndroidInstanceIdList(PHONE).backupFileId(fileId).backupFilePath("oss://b/backups").uploadType("OSS")
        .build())).isInstanceOf(ConflictException.class);
    advance();
    assertThat(ecp.describeBackupFiles(DescribeBackupFilesRequest.builder().build()).data())
        .extracting(f -> f.status().orElseThrow()).containsExactly("AVAILABLE");

    ecp.recoverAndroidInstance(RecoverAndroidInstanceRequest.builder().addAndroidInstanceIdList(PHONE)
        .backupFileId(fileId).backupFilePath("oss://b/backups").uploadType("OSS").build());
    assertThat(fake.rawPhoneStatus(PHONE)).isEqualTo("RECOVERING");
    ecp.deleteBackupFile(DeleteBackupFileRequest.builder().addBackupFileIdList(fileId).build());
    assertThat(ecp.describeBackupFiles(DescribeBackupFilesRequest.builder().build()).data()).isEmpty();
  }

  @Test
  void agentAndScheduledTasks_runPauseResumeCancel_scheduleListModifyDelete() {
    String taskId = ecp.runAgentTask(RunAgentTaskRequest.builder().addInstanceIds(PHONE).userPrompt("open app")
        .build()).tasks().get(0).taskId().orElseThrow();
    ecp.pauseAgentTask(PauseAgentTaskRequest.builder().addTaskIds(taskId).build());
    ecp.resumeAgentTask(ResumeAgentTaskRequest.builder().addTaskIds(taskId).build());
    ecp.cancelAgentTask(CancelAgentTaskRequest.builder().addTaskIds(taskId).build());
    assertThat(ecp.describeAgentTask(DescribeAgentTaskRequest.builder().addTaskIds(taskId).build()).tasks().get(0)
        .currentStatus()).contains("CANCELLED");

    String scheduledId = ecp.createScheduledTask(CreateScheduledTaskRequest.builder().taskName("nightly")
        .cronExpression("0 2 * * *").userPrompt("check").addInstanceIds(PHONE).build()).tasks().get(0)
        .scheduledId().orElseThrow();
    ecp.modifyScheduledTask(ModifyScheduledTaskRequest.builder().scheduledId(scheduledId).taskVersion(1)
        .taskName("nightly2").build());
    assertThat(ecp.describeScheduledTasks(DescribeScheduledTasksRequest.builder().build()).tasks())
        .extracting(t -> t.taskName().orElseThrow()).containsExactly("nightly2");
    assertThatThrownBy(() -> ecp.modifyScheduledTask(ModifyScheduledTaskRequest.builder().scheduledId(scheduledId)
        .taskVersion(1).build())).isInstanceOf(ConflictException.class);
    ecp.deleteScheduledTask(DeleteScheduledTaskRequest.builder().scheduledId(scheduledId).build());
    assertThat(ecp.describeScheduledTasks(DescribeScheduledTasksRequest.builder().build()).tasks()).isEmpty();
  }

  @Test
  void displayAdbAndProperties_changedSettingsAreReadBack() {
    ecp.modifyDisplayConfig(ModifyDisplayConfigRequest.builder().addAndroidInstanceIds(PHONE)
        .displayConfig(DisplayConfig.builder().dpi(320).build()).build());
    assertThat(ecp.describeDisplayConfig(DescribeDisplayConfigRequest.builder().addAndroidInstanceIds(PHONE)
        .build()).displayConfigModel().get(0).dpi()).contains(320);
    ecp.startInstanceAdb(StartInstanceAdbRequest.builder().addInstanceIds(PHONE).build());
    assertThat(ecp.listInstanceAdbAttributes(ListInstanceAdbAttributesRequest.builder().build()).data())
        .extracting(a -> a.instanceId().orElseThrow()).containsExactly(PHONE);
    ecp.stopInstanceAdb(StopInstanceAdbRequest.builder().addInstanceIds(PHONE).build());
    assertThat(ecp.listInstanceAdbAttributes(ListInstanceAdbAttributesRequest.builder().build()).data()).isEmpty();

    String templateId = ecp.createSystemPropertyTemplate(CreateSystemPropertyTemplateRequest.builder()
        .templateName("tpl").systemPropertyInfo(SystemPropertyInfo.builder().roProductBrand("Fake").build()).build())
        .templateId().orElseThrow();
    ecp.sendSystemPropertyTemplate(SendSystemPropertyTemplateRequest.builder().addAndroidInstanceIds(PHONE)
        .templateId(templateId).build());
    assertThat(ecp.getInstanceProperties(GetInstancePropertiesRequest.builder().instanceId(PHONE).build())
        .propertyTemplateModel().orElseThrow().content().orElseThrow()).contains("ro.product.brand=Fake");
  }
}
