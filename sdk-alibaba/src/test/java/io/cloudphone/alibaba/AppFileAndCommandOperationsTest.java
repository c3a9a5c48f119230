package io.cloudphone.alibaba;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.model.App;
import io.cloudphone.alibaba.model.AppChildTask;
import io.cloudphone.alibaba.model.AttachKeyPairRequest;
import io.cloudphone.alibaba.model.AttachKeyPairResponse;
import io.cloudphone.alibaba.model.BackupFile;
import io.cloudphone.alibaba.model.BackupFileRequest;
import io.cloudphone.alibaba.model.BackupFileResponse;
import io.cloudphone.alibaba.model.BackupFileTask;
import io.cloudphone.alibaba.model.CreateAppRequest;
import io.cloudphone.alibaba.model.CreateAppResponse;
import io.cloudphone.alibaba.model.CreateKeyPairRequest;
import io.cloudphone.alibaba.model.CreateKeyPairResponse;
import io.cloudphone.alibaba.model.CreatedKeyPair;
import io.cloudphone.alibaba.model.CustomAppInfo;
import io.cloudphone.alibaba.model.DeleteAppsRequest;
import io.cloudphone.alibaba.model.DeleteAppsResponse;
import io.cloudphone.alibaba.model.DeleteBackupFileRequest;
import io.cloudphone.alibaba.model.DeleteBackupFileResponse;
import io.cloudphone.alibaba.model.DeleteKeyPairsRequest;
import io.cloudphone.alibaba.model.DeleteKeyPairsResponse;
import io.cloudphone.alibaba.model.DescribeAppsRequest;
import io.cloudphone.alibaba.model.DescribeAppsResponse;
import io.cloudphone.alibaba.model.DescribeBackupFilesRequest;
import io.cloudphone.alibaba.model.DescribeBackupFilesResponse;
import io.cloudphone.alibaba.model.DescribeInvocationsRequest;
import io.cloudphone.alibaba.model.DescribeInvocationsResponse;
import io.cloudphone.alibaba.model.DescribeKeyPairsRequest;
import io.cloudphone.alibaba.model.DescribeKeyPairsResponse;
import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.DescribeTasksResponse;
import io.cloudphone.alibaba.model.DetachKeyPairRequest;
import io.cloudphone.alibaba.model.DetachKeyPairResponse;
import io.cloudphone.alibaba.model.FetchFileRequest;
import io.cloudphone.alibaba.model.FetchFileResponse;
import io.cloudphone.alibaba.model.ImportKeyPairRequest;
import io.cloudphone.alibaba.model.ImportKeyPairResponse;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.InstallAppResponse;
import io.cloudphone.alibaba.model.Invocation;
import io.cloudphone.alibaba.model.KeyPair;
import io.cloudphone.alibaba.model.ModifyAppRequest;
import io.cloudphone.alibaba.model.ModifyAppResponse;
import io.cloudphone.alibaba.model.ModifyKeyPairNameRequest;
import io.cloudphone.alibaba.model.ModifyKeyPairNameResponse;
import io.cloudphone.alibaba.model.OperateAppRequest;
import io.cloudphone.alibaba.model.OperateAppResponse;
import io.cloudphone.alibaba.model.RecoveryFileRequest;
import io.cloudphone.alibaba.model.RecoveryFileResponse;
import io.cloudphone.alibaba.model.RunCommandInfo;
import io.cloudphone.alibaba.model.RunCommandRequest;
import io.cloudphone.alibaba.model.RunCommandResponse;
import io.cloudphone.alibaba.model.SendFileRequest;
import io.cloudphone.alibaba.model.SendFileResponse;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.alibaba.model.UninstallAppRequest;
import io.cloudphone.alibaba.model.UninstallAppResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire tests of the key pair, task, app, file and command operations of eds-aic 2023-09-30.
 *
 * <p>Fixtures: {@code DescribeKeyPairs}, {@code DetachKeyPair}, {@code OperateApp} and {@code RunCommand} are
 * the reference's example answers (RunCommand's carries {@code RunCommandInfos} with empty ids); the others are
 * built from the reference's field tables and examples. The fields added up to SDK 3.29.3 that the examples lack
 * ({@code ChildTaskInfo} of InstallApp/UninstallApp, {@code Channel} of DescribeBackupFiles, RunCommand's
 * {@code TaskId} and {@code ChildTaskId}) come from the field tables, in the fixtures or inline.
 * Documented type drift kept in them: {@code DescribeApps} and {@code DescribeInvocations} send
 * {@code TotalCount} as a string, {@code DescribeBackupFiles} sends {@code MaxResults} as a string,
 * {@code DescribeApps} spells the checksum {@code MD5}, and times come ISO-8601 with {@code Z} from
 * {@code DescribeTasks} but as zone-less {@code yyyy-MM-dd HH:mm:ss} elsewhere (kept as text).
 */
class AppFileAndCommandOperationsTest extends AlibabaWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId", "SignatureMethod",
      "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken", "RegionId");
  private static final String PHONE_1 = "acp-5hh431emkt6ua****";
  private static final String PHONE_2 = "acp-j2taq887orj8l****";
  private static final String KEY_PAIR = "kp-6v2q33ae4tw3a****";

  // --- key pairs --------------------------------------------------------------------------------------------

  @Test
  void attachKeyPair_twoInstances_sendsFlattenedIdsAndParsesTally() {
    enqueueFixture("AttachKeyPair");

    AttachKeyPairResponse response = client.attachKeyPair(
        AttachKeyPairRequest.builder().keyPairId(KEY_PAIR).addInstanceIds(PHONE_1, PHONE_2).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("AttachKeyPair");
    assertThat(operationParams(sent)).isEqualTo(Map.of(
        "KeyPairId", KEY_PAIR, "InstanceIds.1", PHONE_1, "InstanceIds.2", PHONE_2));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("69BCBBE4-FCF2-59B8-AD9D-531EB422****");
    assertThat(response.data()).hasValueSatisfying(data -> {
      assertThat(data.keyPairId()).contains(KEY_PAIR);
      assertThat(data.totalCount()).contains(2);
      assertThat(data.failCount()).contains(0);
      assertThat(data.attachedInstanceIds()).containsExactly(PHONE_1, PHONE_2);
    });
  }

  @Test
  void createKeyPair_name_sendsNameAndRedactsPrivateKeyInToString() {
    enqueueFixture("CreateKeyPair");

    CreateKeyPairResponse response =
        client.createKeyPair(CreateKeyPairRequest.builder().keyPairName("testKeyPairName").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateKeyPair");
    assertThat(operationParams(sent)).isEqualTo(Map.of("KeyPairName", "testKeyPairName"));
    CreatedKeyPair created = response.data().orElseThrow();
    assertThat(created.keyPairId()).contains("kp-6v2q33ae4tw3*****");
    assertThat(created.privateKeyBody()).contains("MIIEpAIBAAKCAQEAtReyMzLIcBH78EV2zj****");
    assertThat(created.gmtCreated()).contains("2024-06-30 08:45:09.0");
    assertThat(response.toString()).doesNotContain("MIIEpAIBAAKCAQEAtReyMzLIcBH78EV2zj");
  }

  @Test
  void deleteKeyPairs_twoIds_sendsFlattenedIds() {
    enqueueFixture("DeleteKeyPairs");

    DeleteKeyPairsResponse response = client.deleteKeyPairs(
        DeleteKeyPairsRequest.builder().addKeyPairIds("kp-1", "kp-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteKeyPairs");
    assertThat(operationParams(sent)).isEqualTo(Map.of("KeyPairIds.1", "kp-1", "KeyPairIds.2", "kp-2"));
    assertThat(response.requestId()).contains("69BCBBE4-FCF2-59B8-AD9D-531EB422****");
  }

  @Test
  void describeKeyPairs_allFilters_sendsThemAndParsesPage() {
    enqueueFixture("DescribeKeyPairs");

    DescribeKeyPairsResponse response = client.describeKeyPairs(DescribeKeyPairsRequest.builder()
        .addKeyPairIds(KEY_PAIR).keyPairName("testKeyPairName").maxResults(100).nextToken("AAAA+/=").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeKeyPairs");
    assertThat(operationParams(sent)).isEqualTo(Map.of("KeyPairIds.1", KEY_PAIR,
        "KeyPairName", "testKeyPairName", "MaxResults", "100", "NextToken", "AAAA+/="));
    assertThat(response.totalCount()).contains(10L);
    assertThat(response.nextToken()).contains("FFbc8N4E1iOlcSxC+8boa0HHH2LKWbggYUinyrZWvtS1oTrMYCg1HuMLGuftj0****");
    assertThat(response.data()).containsExactly(KeyPair.builder().keyPairId(KEY_PAIR)
        .keyPairName("testKeyPairName").gmtCreated("2022-10-11T08:53:32Z").build());
  }

  @Test
  void describeKeyPairs_noFilters_sendsNoOperationParameters() {
    enqueueFixture("DescribeKeyPairs");

    client.describeKeyPairs(DescribeKeyPairsRequest.builder().build());

    assertThat(operationParams(takeRequest())).isEmpty();
  }

  @Test
  void detachKeyPair_oneInstance_sendsIdAndParsesDetachedIds() {
    enqueueFixture("DetachKeyPair");

    DetachKeyPairResponse response = client.detachKeyPair(
        DetachKeyPairRequest.builder().keyPairId(KEY_PAIR).addInstanceIds(PHONE_1).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DetachKeyPair");
    assertThat(operationParams(sent)).isEqualTo(Map.of("KeyPairId", KEY_PAIR, "InstanceIds.1", PHONE_1));
    assertThat(response.data()).hasValueSatisfying(data -> {
      assertThat(data.totalCount()).contains(10);
      assertThat(data.failCount()).contains(0);
      assertThat(data.detachedInstanceIds()).containsExactly(PHONE_1);
    });
  }

  @Test
  void importKeyPair_publicKey_sendsNameAndKeyAndParsesKeyPair() {
    enqueueFixture("ImportKeyPair");

    ImportKeyPairResponse response = client.importKeyPair(ImportKeyPairRequest.builder()
        .keyPairName("TestKeyPairName").publicKeyBody("QAAAAN+rs/7m== user@host").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ImportKeyPair");
    assertThat(operationParams(sent)).isEqualTo(Map.of(
        "KeyPairName", "TestKeyPairName", "PublicKeyBody", "QAAAAN+rs/7m== user@host"));
    assertThat(response.data()).hasValueSatisfying(pair -> {
      assertThat(pair.keyPairName()).contains("TestKeyPairName");
      assertThat(pair.gmtCreated()).contains("2023-03-05T10:29:22Z");
    });
  }

  @Test
  void modifyKeyPairName_newName_sendsIdAndNewName() {
    enqueueFixture("ModifyKeyPairName");

    ModifyKeyPairNameResponse response = client.modifyKeyPairName(
        ModifyKeyPairNameRequest.builder().keyPairId(KEY_PAIR).newKeyPairName("newKeyPairName").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyKeyPairName");
    assertThat(operationParams(sent)).isEqualTo(Map.of("KeyPairId", KEY_PAIR, "NewKeyPairName", "newKeyPairName"));
    assertThat(response.requestId()).isPresent();
  }

  // --- tasks ------------------------------------------------------------------------------------------------

  @Test
  void describeTasks_everyFilter_sendsThemFlattenedAndParsesBatchAndChildTask() {
    enqueueFixture("DescribeTasks");

    DescribeTasksResponse response = client.describeTasks(DescribeTasksRequest.builder()
        .instanceId(PHONE_1).instanceName("phone-01").invokeId("B8ED2BA9").level(2).maxResults(50)
        .nextToken("next").param("{}").parentTaskId("t-parent").addResourceIds(PHONE_1, PHONE_2)
        .addTaskIds("t-1").taskStatus("Failed").addTaskStatuses("Failed", "Finished").taskType("RebootInstance")
        .addTaskTypes("RebootInstance", "RunCommand").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeTasks");
    assertThat(operationParams(sent)).isEqualTo(Map.ofEntries(
        entry("InstanceId", PHONE_1), entry("InstanceName", "phone-01"), entry("InvokeId", "B8ED2BA9"),
        entry("Level", "2"), entry("MaxResults", "50"), entry("NextToken", "next"), entry("Param", "{}"),
        entry("ParentTaskId", "t-parent"), entry("ResourceIds.1", PHONE_1), entry("ResourceIds.2", PHONE_2),
        entry("TaskIds.1", "t-1"), entry("TaskStatus", "Failed"), entry("TaskStatuses.1", "Failed"),
        entry("TaskStatuses.2", "Finished"), entry("TaskType", "RebootInstance"),
        entry("TaskTypes.1", "RebootInstance"), entry("TaskTypes.2", "RunCommand")));
    assertThat(response.totalCount()).contains(2L);
    assertThat(response.nextToken()).contains("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    Task batch = response.data().get(0);
    assertThat(batch.level()).contains(1);
    assertThat(batch.taskStatus()).contains("PartFinished");
    assertThat(batch.startTime()).contains(Instant.parse("2022-10-11T08:53:32Z"));
    assertThat(batch.finishTime()).contains(Instant.parse("2022-10-11T08:54:10Z"));
    assertThat(batch.totalChildCount()).contains(2);
    assertThat(batch.successChildCount()).contains(1);
    assertThat(batch.failedChildCount()).contains(1);
    assertThat(batch.runningChildCount()).contains(0);
    Task child = response.data().get(1);
    assertThat(child.parentTaskId()).contains("t-bp67acfmxazb4p****");
    assertThat(child.instanceId()).contains("acp-25nt4kk9whhok****");
    assertThat(child.errorCode()).contains("InstanceStatus.Invalid");
    assertThat(child.errorMsg()).contains("The instance is in an invalid state.");
    assertThat(child.result()).contains("");
  }

  // --- apps -------------------------------------------------------------------------------------------------

  @Test
  void createApp_customApp_sendsCustomAppInfoAsOneJsonString() throws Exception {
    enqueueFixture("CreateApp");
    CustomAppInfo custom = CustomAppInfo.builder().apkSize("10").downloadUrl("https://example.com/demo.apk")
        .md5("df3f46ce5844ddb278f14c5a9cd2****").packageName("com.example.demo").version("1.0.0")
        .versionCode("10000").build();

    CreateAppResponse response = client.createApp(CreateAppRequest.builder().appName("demo")
        .bizRegionId("cn-hangzhou").customAppInfo(custom).description("demo app").iconUrl("https://e.com/i.png")
        .installParam("-d").signApk("false").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateApp");
    Map<String, String> params = operationParams(sent);
    assertThat(params.keySet()).containsExactlyInAnyOrder("AppName", "BizRegionId", "CustomAppInfo",
        "Description", "IconUrl", "InstallParam", "SignApk");
    assertThat(params).containsEntry("AppName", "demo").containsEntry("InstallParam", "-d")
        .containsEntry("SignApk", "false");
    assertThat(JSON.readTree(params.get("CustomAppInfo"))).isEqualTo(JSON.readTree("{\"ApkSize\":\"10\","
        + "\"DownloadUrl\":\"https://example.com/demo.apk\",\"Md5\":\"df3f46ce5844ddb278f14c5a9cd2****\","
        + "\"PackageName\":\"com.example.demo\",\"Version\":\"1.0.0\",\"VersionCode\":\"10000\"}"));
    assertThat(response.appId()).contains(1234);
  }

  @Test
  void createApp_appCenterFile_sendsFileFieldsAndNoCustomAppInfo() {
    enqueueFixture("CreateApp");

    client.createApp(CreateAppRequest.builder().appName("demo").fileName("testApp.apk")
        .filePath("tenant/1642150****/").ossAppUrl("http://testApp.apk").build());

    assertThat(operationParams(takeRequest())).isEqualTo(Map.of("AppName", "demo", "FileName", "testApp.apk",
        "FilePath", "tenant/1642150****/", "OssAppUrl", "http://testApp.apk"));
  }

  @Test
  void deleteApps_twoIds_sendsFlattenedIds() {
    enqueueFixture("DeleteApps");

    DeleteAppsResponse response = client.deleteApps(DeleteAppsRequest.builder().addAppIdList("1234", "5678").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteApps");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AppIdList.1", "1234", "AppIdList.2", "5678"));
    assertThat(response.requestId()).isPresent();
  }

  @Test
  void describeApps_everyFilter_sendsMd5InCapitalsAndReadsStringTotalCount() {
    enqueueFixture("DescribeApps");

    DescribeAppsResponse response = client.describeApps(DescribeAppsRequest.builder().addAppIdList("1234")
        .appName("demo").appType("CUSTOM").bizRegionId("cn-hangzhou").installationStatus("INSTALLED")
        .md5("009ee07fe13a29fa0c180ed0b6bc****").maxResults(20).nextToken("next").status("NORMAL").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeApps");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AppIdList.1", "1234", "AppName", "demo",
        "AppType", "CUSTOM", "BizRegionId", "cn-hangzhou", "InstallationStatus", "INSTALLED",
        "MD5", "009ee07fe13a29fa0c180ed0b6bc****", "MaxResults", "20", "NextToken", "next", "Status", "NORMAL"));
    assertThat(response.totalCount()).contains(1L);
    App app = response.data().get(0);
    assertThat(app.appId()).contains(1234);
    assertThat(app.md5()).contains("009ee07fe13a29fa0c180ed0b6bc****");
    assertThat(app.packageName()).contains("com.example.demo");
    assertThat(app.installationStatus()).contains("INSTALLED");
    assertThat(app.instanceGroupList()).containsExactly("ag-25nt4kk9whjh****");
    assertThat(app.gmtCreate()).contains("2024-05-15 17:33:59");
  }

  @Test
  void installApp_instancesAndGroups_sendsAllThreeListsAndReturnsTask() {
    enqueueFixture("InstallApp");

    InstallAppResponse response = client.installApp(InstallAppRequest.builder().addAppIdList("1234")
        .addInstanceGroupIdList("ag-1").addInstanceIdList(PHONE_1, PHONE_2).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("InstallApp");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AppIdList.1", "1234", "InstanceGroupIdList.1", "ag-1",
        "InstanceIdList.1", PHONE_1, "InstanceIdList.2", PHONE_2));
    assertThat(response.taskId()).contains("t-imr0fufqgac2z****");
  }

  @Test
  void modifyApp_newNameAndIcon_sendsIntegerAppId() {
    enqueueFixture("ModifyApp");

    ModifyAppResponse response = client.modifyApp(ModifyAppRequest.builder().appId(1234).appName("renamed")
        .description("new description").iconUrl("https://e.com/new.png").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyApp");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AppId", "1234", "AppName", "renamed",
        "Description", "new description", "IconUrl", "https://e.com/new.png"));
    assertThat(response.requestId()).isPresent();
  }

  @Test
  void operateApp_restart_sendsTypeAndInstancesAndReturnsTask() {
    enqueueFixture("OperateApp");

    OperateAppResponse response = client.operateApp(OperateAppRequest.builder().appId(1234)
        .addInstanceIdList(PHONE_1).operateType("restart").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("OperateApp");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AppId", "1234", "InstanceIdList.1", PHONE_1,
        "OperateType", "restart"));
    assertThat(response.requestId()).contains("425F351C-3F8E-5218-A520-B6311D0D****");
    assertThat(response.taskId()).contains("t-imr0fufqgac2z****");
  }

  @Test
  void uninstallApp_oneGroup_sendsGroupAndReturnsTask() {
    enqueueFixture("UninstallApp");

    UninstallAppResponse response = client.uninstallApp(UninstallAppRequest.builder().addAppIdList("1234", "5678")
        .addInstanceGroupIdList("ag-1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("UninstallApp");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AppIdList.1", "1234", "AppIdList.2", "5678",
        "InstanceGroupIdList.1", "ag-1"));
    assertThat(response.taskId()).contains("t-imr0fufqgac2z****");
  }

  // --- files ------------------------------------------------------------------------------------------------

  @Test
  void backupFile_pathsAndApps_sendsEveryFieldAndParsesPerInstanceBackups() {
    enqueueFixture("BackupFile");

    BackupFileResponse response = client.backupFile(BackupFileRequest.builder()
        .addAndroidInstanceIdList("acp-34pqe4r0kd9kn****").backupAll(false).backupFileName("MyBackup")
        .backupFilePath("oss://cloudphone-saved-bucket-demo/backupDir/").description("backup of /data")
        .addSourceAppList("com.example.demo").addSourceFilePathList("/data", "/sdcard")
        .uploadEndpoint("oss-cn-shanghai-internal.aliyuncs.com").uploadType("OSS").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("BackupFile");
    assertThat(operationParams(sent)).isEqualTo(Map.ofEntries(
        entry("AndroidInstanceIdList.1", "acp-34pqe4r0kd9kn****"), entry("BackupAll", "false"),
        entry("BackupFileName", "MyBackup"), entry("BackupFilePath", "oss://cloudphone-saved-bucket-demo/backupDir/"),
        entry("Description", "backup of /data"), entry("SourceAppList.1", "com.example.demo"),
        entry("SourceFilePathList.1", "/data"), entry("SourceFilePathList.2", "/sdcard"),
        entry("UploadEndpoint", "oss-cn-shanghai-internal.aliyuncs.com"), entry("UploadType", "OSS")));
    assertThat(response.taskId()).contains("t-3eourrxaoliqq****");
    assertThat(response.count()).contains(1L);
    assertThat(response.data()).containsExactly(BackupFileTask.builder()
        .androidInstanceId("acp-34pqe4r0kd9kn****").backupFileId("bf-b0qbg3pbpjkn7****")
        .backupFileName("MyBackup").taskId("t-ehs0yoedsskom****").build());
  }

  @Test
  void deleteBackupFile_twoIds_sendsFlattenedIds() {
    enqueueFixture("DeleteBackupFile");

    DeleteBackupFileResponse response = client.deleteBackupFile(
        DeleteBackupFileRequest.builder().addBackupFileIdList("bf-1", "bf-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteBackupFile");
    assertThat(operationParams(sent)).isEqualTo(Map.of("BackupFileIdList.1", "bf-1", "BackupFileIdList.2", "bf-2"));
    assertThat(response.requestId()).isPresent();
  }

  @Test
  void describeBackupFiles_everyFilter_sendsThemAndReadsStringMaxResults() {
    enqueueFixture("DescribeBackupFiles");

    DescribeBackupFilesResponse response = client.describeBackupFiles(DescribeBackupFilesRequest.builder()
        .androidInstanceId("acp-34pqe4r0kd9kn****").androidInstanceName("phone").backupAll(true)
        .backupFileId("bf-1").backupFileName("abc").description("desc").endTime("2024-05-20 10:00:00")
        .endUserId("test1").instanceGroupId("ag-1").maxResults(10L).nextToken("next")
        .startTime("2024-05-23 10:00:00").addStatusList("AVAILABLE", "BACKUP_FAILED").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeBackupFiles");
    assertThat(operationParams(sent)).isEqualTo(Map.ofEntries(
        entry("AndroidInstanceId", "acp-34pqe4r0kd9kn****"), entry("AndroidInstanceName", "phone"),
        entry("BackupAll", "true"), entry("BackupFileId", "bf-1"), entry("BackupFileName", "abc"),
        entry("Description", "desc"), entry("EndTime", "2024-05-20 10:00:00"), entry("EndUserId", "test1"),
        entry("InstanceGroupId", "ag-1"), entry("MaxResults", "10"), entry("NextToken", "next"),
        entry("StartTime", "2024-05-23 10:00:00"), entry("StatusList.1", "AVAILABLE"),
        entry("StatusList.2", "BACKUP_FAILED")));
    assertThat(response.maxResults()).contains(10);
    assertThat(response.totalCount()).contains(1L);
    assertThat(response.nextToken()).contains("AAAAAV3MpHK1AP0pfERHZN5pu6l5V9uON****");
    BackupFile file = response.data().get(0);
    assertThat(file.backupFileId()).contains("bf-b0qbg3pbpjkn7****");
    assertThat(file.status()).contains("AVAILABLE");
    assertThat(file.backupAll()).contains(false);
    assertThat(file.fileSize()).contains(1048576L);
    assertThat(file.sourceFilePathList()).containsExactly("/data");
    assertThat(file.sourceAppInfoList()).containsExactly("com.example.demo");
    assertThat(file.gmtCreated()).contains("2024-05-15 17:33:59");
  }

  @Test
  void fetchFile_oneInstance_sendsEveryFieldAndParsesTasks() {
    enqueueFixture("FetchFile");

    FetchFileResponse response = client.fetchFile(FetchFileRequest.builder()
        .addAndroidInstanceIdList("acp-34pqe4r0kd9kn****").sourceFilePath("/data/a.txt")
        .uploadEndpoint("oss-cn-hangzhou.aliyuncs.com").uploadType("OSS")
        .uploadUrl("oss://cloudphone-saved-bucket-demo/pulled").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("FetchFile");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", "acp-34pqe4r0kd9kn****",
        "SourceFilePath", "/data/a.txt", "UploadEndpoint", "oss-cn-hangzhou.aliyuncs.com", "UploadType", "OSS",
        "UploadUrl", "oss://cloudphone-saved-bucket-demo/pulled"));
    assertThat(response.taskId()).contains("t-3eourrxaoliqq****");
    assertThat(response.data()).singleElement().satisfies(task -> {
      assertThat(task.androidInstanceId()).contains("acp-34pqe4r0kd9kn****");
      assertThat(task.taskId()).contains("t-ehs0yoedsskom****");
    });
  }

  @Test
  void recoveryFile_byBackupId_sendsFieldsAndParsesCount() {
    enqueueFixture("RecoveryFile");

    RecoveryFileResponse response = client.recoveryFile(RecoveryFileRequest.builder()
        .addAndroidInstanceIdList(PHONE_1, PHONE_2).backupAll(false).backupFileId("bf-azhps4rdyi2th****")
        .backupFilePath("oss://cloudphone-saved-bucket-demo/backupDir/a.ab")
        .uploadEndpoint("oss-cn-hangzhou-internal.aliyuncs.com").uploadType("OSS").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RecoveryFile");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", PHONE_1,
        "AndroidInstanceIdList.2", PHONE_2, "BackupAll", "false", "BackupFileId", "bf-azhps4rdyi2th****",
        "BackupFilePath", "oss://cloudphone-saved-bucket-demo/backupDir/a.ab",
        "UploadEndpoint", "oss-cn-hangzhou-internal.aliyuncs.com", "UploadType", "OSS"));
    assertThat(response.count()).contains(1L);
    assertThat(response.taskId()).contains("t-3eourrxaoliqq****");
    assertThat(response.data()).hasSize(1);
  }

  @Test
  void sendFile_targetName_sendsEveryFieldAndParsesTasks() {
    enqueueFixture("SendFile");

    SendFileResponse response = client.sendFile(SendFileRequest.builder().addAndroidInstanceIdList(PHONE_1)
        .sourceFilePath("/data").targetFileName("b.txt").uploadEndpoint("oss-cn-hangzhou.aliyuncs.com")
        .uploadType("OSS").uploadUrl("oss://cloudphone-saved-bucket-demo/dir/b.txt").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("SendFile");
    assertThat(operationParams(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", PHONE_1,
        "SourceFilePath", "/data", "TargetFileName", "b.txt", "UploadEndpoint", "oss-cn-hangzhou.aliyuncs.com",
        "UploadType", "OSS", "UploadUrl", "oss://cloudphone-saved-bucket-demo/dir/b.txt"));
    assertThat(response.data()).singleElement()
        .satisfies(task -> assertThat(task.taskId()).contains("t-ehs0yoedsskom****"));
  }

  // --- commands ---------------------------------------------------------------------------------------------

  @Test
  void runCommand_fiftyInstances_sendsAll() {
    enqueueFixture("RunCommand");
    List<String> ids = IntStream.rangeClosed(1, 50).mapToObj(i -> "acp-" + i).toList();

    RunCommandResponse response = client.runCommand(RunCommandRequest.builder().commandContent("ls -l /data")
        .contentEncoding("PlainText").addAllInstanceIds(ids).timeout(120L).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RunCommand");
    Map<String, String> params = operationParams(sent);
    assertThat(params).hasSize(53).containsEntry("CommandContent", "ls -l /data")
        .containsEntry("ContentEncoding", "PlainText").containsEntry("Timeout", "120")
        .containsEntry("InstanceIds.1", "acp-1").containsEntry("InstanceIds.50", "acp-50");
    assertThat(response.invokeId()).contains("t-gov2ujrk32v4****");
    assertThat(response.requestId()).contains("440D7342-5E7C-B2DB-D0B4EAC2BDF1****");
  }

  @Test
  void describeInvocations_oneInstance_sendsIdsAndReadsStringTotalCount() {
    enqueueFixture("DescribeInvocations");

    DescribeInvocationsResponse response = client.describeInvocations(DescribeInvocationsRequest.builder()
        .addInstanceIds("acp-uto81vfd8t8z****").invocationId("t-15775dc8****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeInvocations");
    assertThat(operationParams(sent)).isEqualTo(Map.of("InstanceIds.1", "acp-uto81vfd8t8z****",
        "InvocationId", "t-15775dc8****"));
    assertThat(response.totalCount()).contains(1L);
    assertThat(response.data()).containsExactly(Invocation.builder().invocationId("t-15775dc8****")
        .instanceId("acp-uto81vfd8t8z****").invocationStatus("Running").output("success")
        .startTime("2022-08-11 17:45:03").finishTime("2022-08-11 17:45:03").build());
  }

  // --- documented limits ------------------------------------------------------------------------------------

  static Stream<Arguments> violatedLimits() {
    List<String> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "acp-" + i).toList();
    return Stream.of(
        invalid("RunCommand with 51 instances", "InstanceIds",
            c -> c.runCommand(RunCommandRequest.builder().commandContent("ls").addAllInstanceIds(fiftyOne).build())),
        invalid("AttachKeyPair with 51 instances", "InstanceIds",
            c -> c.attachKeyPair(AttachKeyPairRequest.builder().keyPairId(KEY_PAIR).addAllInstanceIds(fiftyOne)
                .build())),
        invalid("DetachKeyPair with 51 instances", "InstanceIds",
            c -> c.detachKeyPair(DetachKeyPairRequest.builder().keyPairId(KEY_PAIR).addAllInstanceIds(fiftyOne)
                .build())),
        invalid("DescribeInvocations with 51 instances", "InstanceIds",
            c -> c.describeInvocations(DescribeInvocationsRequest.builder().invocationId("t-1")
                .addAllInstanceIds(fiftyOne).build())),
        invalid("DescribeInvocations with no instance", "InstanceIds",
            c -> c.describeInvocations(DescribeInvocationsRequest.builder().invocationId("t-1").build())),
        invalid("CreateKeyPair with a 1-character name", "KeyPairName",
            c -> c.createKeyPair(CreateKeyPairRequest.builder().keyPairName("k").build())),
        invalid("CreateKeyPair with a 129-character name", "KeyPairName",
            c -> c.createKeyPair(CreateKeyPairRequest.builder().keyPairName("k".repeat(129)).build())),
        invalid("DescribeKeyPairs MaxResults 0", "MaxResults",
            c -> c.describeKeyPairs(DescribeKeyPairsRequest.builder().maxResults(0).build())),
        invalid("DescribeKeyPairs MaxResults 101", "MaxResults",
            c -> c.describeKeyPairs(DescribeKeyPairsRequest.builder().maxResults(101).build())),
        invalid("DescribeTasks MaxResults 101", "MaxResults",
            c -> c.describeTasks(DescribeTasksRequest.builder().maxResults(101).build())),
        invalid("DescribeApps MaxResults 0", "MaxResults",
            c -> c.describeApps(DescribeAppsRequest.builder().maxResults(0).build())),
        invalid("DescribeBackupFiles MaxResults 500", "MaxResults",
            c -> c.describeBackupFiles(DescribeBackupFilesRequest.builder().maxResults(500L).build())),
        invalid("BackupFile with no instance", "AndroidInstanceIdList",
            c -> c.backupFile(BackupFileRequest.builder().backupFilePath("oss://b/k").build())),
        invalid("RecoveryFile with no instance", "AndroidInstanceIdList",
            c -> c.recoveryFile(RecoveryFileRequest.builder().backupFileId("bf-1").build())),
        invalid("FetchFile with no instance", "AndroidInstanceIdList",
            c -> c.fetchFile(FetchFileRequest.builder().sourceFilePath("/data/a").uploadEndpoint("e")
                .uploadType("OSS").uploadUrl("oss://b/k").build())),
        invalid("SendFile with no instance", "AndroidInstanceIdList",
            c -> c.sendFile(SendFileRequest.builder().sourceFilePath("/data").uploadType("OSS")
                .uploadUrl("oss://b/k").build())),
        invalid("DeleteBackupFile with no id", "BackupFileIdList",
            c -> c.deleteBackupFile(DeleteBackupFileRequest.builder().build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violatedLimits")
  void anyOperation_documentedLimitViolated_throwsNamingFieldAndSendsNothing(
      Consumer<AlibabaCloudPhoneClient> call, String field) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
    assertNothingSent();
  }

  @Test
  void createKeyPair_nameOf128Characters_isAccepted() {
    enqueueFixture("CreateKeyPair");

    client.createKeyPair(CreateKeyPairRequest.builder().keyPairName("k".repeat(128)).build());

    assertThat(takeRequest().param("KeyPairName")).hasSize(128);
  }

  private static Arguments invalid(String name, String field, Consumer<AlibabaCloudPhoneClient> call) {
    return Arguments.of(named(name, call), field);
  }

  /** The parameters the operation itself sent, without the signing and protocol parameters. */
  private static Map<String, String> operationParams(SentRpcRequest sent) {
    Map<String, String> params = new TreeMap<>(sent.params());
    params.keySet().removeAll(COMMON);
    return params;
  }

  // --- parameters and fields added up to SDK 3.29.3 ----------------------------------------------------------

  @Test
  void installApp_answer_parsesChildTaskPerInstance() {
    enqueueFixture("InstallApp");

    InstallAppResponse response = client.installApp(InstallAppRequest.builder().addAppIdList("1234")
        .addInstanceIdList("acp-25nt4kk9whhok****", PHONE_2).build());

    takeRequest();
    assertThat(response.childTaskInfo()).containsExactly(
        AppChildTask.builder().appId("1234").childTaskId("t-imr0fufqgac30****").instanceId("acp-25nt4kk9whhok****")
            .build(),
        AppChildTask.builder().appId("1234").childTaskId("t-imr0fufqgac31****").instanceId(PHONE_2).build());
  }

  @Test
  void uninstallApp_answer_parsesChildTaskPerInstance() {
    enqueueFixture("UninstallApp");

    UninstallAppResponse response = client.uninstallApp(UninstallAppRequest.builder().addAppIdList("1234")
        .addInstanceIdList(PHONE_2).build());

    takeRequest();
    assertThat(response.childTaskInfo()).extracting(t -> t.childTaskId().orElseThrow())
        .containsExactly("t-imr0fufqgac30****", "t-imr0fufqgac31****");
  }

  @Test
  void backupFile_excludedPaths_flattenedInQuery() {
    enqueueFixture("BackupFile");

    client.backupFile(BackupFileRequest.builder().addAndroidInstanceIdList(PHONE_1).backupFilePath("oss://b/dir/")
        .addExcludeSourceFilePathList("/data/cache", "/data/tmp").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.form()).isEmpty();
    assertThat(operationParams(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", PHONE_1,
        "BackupFilePath", "oss://b/dir/", "ExcludeSourceFilePathList.1", "/data/cache",
        "ExcludeSourceFilePathList.2", "/data/tmp"));
  }

  @Test
  void describeBackupFiles_saleMode_sentInQueryAndChannelAndSystemVersionParsed() {
    enqueueFixture("DescribeBackupFiles");

    DescribeBackupFilesResponse response = client.describeBackupFiles(DescribeBackupFilesRequest.builder()
        .saleMode("Node").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.form()).isEmpty();
    assertThat(operationParams(sent)).isEqualTo(Map.of("SaleMode", "Node"));
    BackupFile file = response.data().get(0);
    assertThat(file.channel()).contains("aliyun");
    assertThat(file.systemVersion()).contains("Android 12");
  }

  @Test
  void fetchFile_clientToken_sentInQuery() {
    enqueueFixture("FetchFile");

    client.fetchFile(FetchFileRequest.builder().addAndroidInstanceIdList(PHONE_1).sourceFilePath("/data/a.txt")
        .uploadEndpoint("oss-cn-hangzhou.aliyuncs.com").uploadType("OSS").uploadUrl("oss://b/pulled")
        .clientToken("token-1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.form()).isEmpty();
    assertThat(operationParams(sent)).containsEntry("ClientToken", "token-1").hasSize(6);
  }

  @Test
  void sendFile_autoInstallTokenAndMd5_sentInQuery() {
    enqueueFixture("SendFile");

    client.sendFile(SendFileRequest.builder().addAndroidInstanceIdList(PHONE_1).sourceFilePath("/data")
        .uploadType("OSS").uploadUrl("oss://b/dir/app.apk").autoInstall(true).clientToken("token-1")
        .fileMd5("0cc175b9c0f1b6a831c399e269772661").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.form()).isEmpty();
    assertThat(operationParams(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", PHONE_1, "SourceFilePath", "/data",
        "UploadType", "OSS", "UploadUrl", "oss://b/dir/app.apk", "AutoInstall", "true", "ClientToken", "token-1",
        "FileMd5", "0cc175b9c0f1b6a831c399e269772661"));
  }

  /** The reference's example answer names the per-instance list but leaves its ids empty; it still parses. */
  @Test
  void runCommand_agentType_sentInQueryAndDocumentedExampleWithEmptyIdsParsed() {
    enqueueFixture("RunCommand");

    RunCommandResponse response = client.runCommand(RunCommandRequest.builder().commandContent("ls")
        .addInstanceIds(PHONE_1).agentType("EdsAgent").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.form()).isEmpty();
    assertThat(operationParams(sent)).isEqualTo(Map.of("CommandContent", "ls", "InstanceIds.1", PHONE_1,
        "AgentType", "EdsAgent"));
    assertThat(response.runCommandInfos()).singleElement().satisfies(info -> {
      assertThat(info.invokeId().filter(id -> !id.isEmpty())).isEmpty();
      assertThat(info.instanceId().filter(id -> !id.isEmpty())).isEmpty();
    });
    assertThat(response.taskId()).isEmpty();
  }

  /** The answer as SDK 3.29.3 types it: a batch task and an execution and child task per instance. */
  @Test
  void runCommand_answerWithTaskPerInstance_parsed() {
    enqueueJson(200, ("{'RequestId':'r-1','InvokeId':'t-gov2ujrk32v4****','TaskId':'t-batch','RunCommandInfos':["
        + "{'InstanceId':'" + PHONE_1 + "','InvokeId':'t-inv-1','ChildTaskId':'t-child-1'},"
        + "{'InstanceId':'" + PHONE_2 + "','InvokeId':'t-inv-2','ChildTaskId':'t-child-2'}]}").replace('\'', '"'));

    RunCommandResponse response = client.runCommand(RunCommandRequest.builder().commandContent("ls")
        .addInstanceIds(PHONE_1, PHONE_2).build());

    takeRequest();
    assertThat(response.taskId()).contains("t-batch");
    assertThat(response.runCommandInfos()).containsExactly(
        RunCommandInfo.builder().instanceId(PHONE_1).invokeId("t-inv-1").childTaskId("t-child-1").build(),
        RunCommandInfo.builder().instanceId(PHONE_2).invokeId("t-inv-2").childTaskId("t-child-2").build());
  }
}
