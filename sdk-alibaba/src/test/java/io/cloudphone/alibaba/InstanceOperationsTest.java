package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.model.AdbSecureResult;
import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.alibaba.model.AuthorizeAndroidInstanceRequest;
import io.cloudphone.alibaba.model.AuthorizeAndroidInstanceResponse;
import io.cloudphone.alibaba.model.BatchGetAcpConnectionTicketRequest;
import io.cloudphone.alibaba.model.BatchGetAcpConnectionTicketResponse;
import io.cloudphone.alibaba.model.ChildTask;
import io.cloudphone.alibaba.model.ChildTaskGroup;
import io.cloudphone.alibaba.model.ConnectionTicketTask;
import io.cloudphone.alibaba.model.CreateScreenshotRequest;
import io.cloudphone.alibaba.model.CreateScreenshotResponse;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.alibaba.model.DescribeDisplayConfigRequest;
import io.cloudphone.alibaba.model.DescribeDisplayConfigResponse;
import io.cloudphone.alibaba.model.DescribeMetricLastRequest;
import io.cloudphone.alibaba.model.DescribeMetricLastResponse;
import io.cloudphone.alibaba.model.DisconnectAndroidInstanceRequest;
import io.cloudphone.alibaba.model.DisconnectAndroidInstanceResponse;
import io.cloudphone.alibaba.model.DisplayConfig;
import io.cloudphone.alibaba.model.EndCoordinationRequest;
import io.cloudphone.alibaba.model.EndCoordinationResponse;
import io.cloudphone.alibaba.model.GenerateCoordinationCodeRequest;
import io.cloudphone.alibaba.model.GenerateCoordinationCodeResponse;
import io.cloudphone.alibaba.model.InstanceConnectionTicket;
import io.cloudphone.alibaba.model.InstanceDisplayConfig;
import io.cloudphone.alibaba.model.InstanceMetric;
import io.cloudphone.alibaba.model.MetricDataPoint;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceRequest;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceResponse;
import io.cloudphone.alibaba.model.ModifyDisplayConfigRequest;
import io.cloudphone.alibaba.model.ModifyDisplayConfigResponse;
import io.cloudphone.alibaba.model.ProcessUsage;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupResponse;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupResponse;
import io.cloudphone.alibaba.model.SetAdbSecureRequest;
import io.cloudphone.alibaba.model.SetAdbSecureResponse;
import io.cloudphone.alibaba.model.StartAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StartAndroidInstanceResponse;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceResponse;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.alibaba.model.UpdateInstanceImageRequest;
import io.cloudphone.alibaba.model.UpdateInstanceImageResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire tests of the Android instance operations: what goes over the wire, and how the answers parse.
 *
 * <p>RebootAndroidInstancesInGroup's fixture is the reference's example answer with {@code Tasks.ChildTasks}; the
 * other fields added up to SDK 3.29.3 ({@code Tasks} of the reset and image update, {@code Port},
 * {@code ScreenshotId}, {@code Channel}/{@code PackageId} of the instance listing, {@code GpuId}) are not in the
 * reference's examples, so those fixtures were extended from the field tables. Quirk covered: DescribeMetricLast
 * sends {@code InstanceIds} in the query while its other parameters go in the form body.
 */
class InstanceOperationsTest extends AlibabaWireTest {
  private static final String ACP_A = "acp-8at8h6ejkadjh****";
  private static final String ACP_B = "acp-25nt4kk9whhok****";
  /** Parameters the client adds to every request; the tests look only at the operation's own ones. */
  private static final List<String> COMMON = List.of("AccessKeyId", "Action", "Format", "RegionId",
      "Signature", "SignatureMethod", "SignatureNonce", "SignatureVersion", "Timestamp", "Version");

  /** The operation's own query parameters, without the common ones. */
  private static Map<String, String> ownQuery(SentRpcRequest sent) {
    return sent.query().entrySet().stream()
        .filter(e -> !COMMON.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static List<String> ids(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "acp-" + i).collect(Collectors.toList());
  }

  @Test
  void authorizeAndroidInstance_idsAndUsers_sentFlattenedInQuery() {
    enqueueFixture("AuthorizeAndroidInstance");

    AuthorizeAndroidInstanceResponse response = client.authorizeAndroidInstance(
        AuthorizeAndroidInstanceRequest.builder().addAndroidInstanceIds(ACP_A, ACP_B)
            .authorizeUserId("alice").unAuthorizeUserId("bob").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("AuthorizeAndroidInstance");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", ACP_A, "AndroidInstanceIds.2", ACP_B,
        "AuthorizeUserId", "alice", "UnAuthorizeUserId", "bob"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("1A923337-44D9-5CAD-9A53-95084BD4****");
  }

  @Test
  void batchGetAcpConnectionTicket_idsAndPendingTasks_flattenedAndTicketsParsed() {
    enqueueFixture("BatchGetAcpConnectionTicket");

    BatchGetAcpConnectionTicketResponse response = client.batchGetAcpConnectionTicket(
        BatchGetAcpConnectionTicketRequest.builder().endUserId("user").instanceGroupId("ag-25nt4kk9whjh****")
            .addInstanceIds(ACP_A)
            .addInstanceTasks(ConnectionTicketTask.builder().instanceId(ACP_B).taskId("cn-hangzhou@t-1").build())
            .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("BatchGetAcpConnectionTicket");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("EndUserId", "user", "InstanceGroupId", "ag-25nt4kk9whjh****",
        "InstanceIds.1", ACP_A, "InstanceTasks.1.InstanceId", ACP_B, "InstanceTasks.1.TaskId", "cn-hangzhou@t-1"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("7B9EFA4F-4305-5968-BAEE-BD8B8DE5****");
    assertThat(response.instanceConnectionModels()).hasSize(2);
    InstanceConnectionTicket ready = response.instanceConnectionModels().get(0);
    assertThat(ready.instanceId()).contains("acp-ajxvwo1u0hqvd****");
    assertThat(ready.appInstanceGroupId()).contains("aig-1uzb6heg797z3****");
    assertThat(ready.taskStatus()).contains("FINISHED");
    assertThat(ready.ticket()).hasValueSatisfying(t -> assertThat(t).startsWith("piVE58_"));
    assertThat(ready.toString()).doesNotContain("piVE58_");
    InstanceConnectionTicket pending = response.instanceConnectionModels().get(1);
    assertThat(pending.taskStatus()).contains("RUNNING");
    assertThat(pending.taskId()).contains("cn-hangzhou@0d3e1a72-9b8c-4f55-a1e6-1f5b7c20****");
    assertThat(pending.ticket()).isEmpty();
  }

  @Test
  void createScreenshot_idListAndBucket_sentInQueryAndTasksParsed() {
    enqueueFixture("CreateScreenshot");

    CreateScreenshotResponse response = client.createScreenshot(CreateScreenshotRequest.builder()
        .addAndroidInstanceIdList("acp-bwhtebzah2fse****")
        .ossBucketName("cloudphone-saved-bucket-cn-shanghai-default").skipCheckPolicyConfig("false").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateScreenshot");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", "acp-bwhtebzah2fse****",
        "OssBucketName", "cloudphone-saved-bucket-cn-shanghai-default", "SkipCheckPolicyConfig", "false"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("3AF82CE1-2801-52CE-BF64-B491DD7C****");
    assertThat(response.tasks()).singleElement().satisfies(task -> {
      assertThat(task.androidInstanceId()).contains("acp-bwhtebzah2fse****");
      assertThat(task.taskId()).contains("t-imr0fufqd7cle****");
    });
  }

  @Test
  void describeAndroidInstances_everyFilter_sentFlattenedInQuery() {
    enqueueFixture("DescribeAndroidInstances");

    client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder()
        .addAndroidInstanceIds(ACP_A, ACP_B).androidInstanceName("name").appManagePolicyId("amp-1")
        .authorizedUserId("user").bizRegionId("cn-shanghai").chargeType("PostPaid")
        .instanceGroupId("ag-1").addInstanceGroupIds("ag-2", "ag-3").instanceGroupName("test")
        .keyPairId("kp-1").maxResults(20).nextToken("AAAA+b/c*d==").nodeId("node_id").nodeName("node_name")
        .addOfficeSiteIds("cn-hangzhou+dir-744962****").privateIpAddress("10.0.162.136")
        .addQosRuleIds("qos-1").saleMode("Instance").status("RUNNING")
        .addTag(Tag.builder().key("env").value("prod").build(), Tag.builder().key("team").value("qa").build())
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeAndroidInstances");
    assertThat(ownQuery(sent)).isEqualTo(Map.ofEntries(
        Map.entry("AndroidInstanceIds.1", ACP_A), Map.entry("AndroidInstanceIds.2", ACP_B),
        Map.entry("AndroidInstanceName", "name"), Map.entry("AppManagePolicyId", "amp-1"),
        Map.entry("AuthorizedUserId", "user"), Map.entry("BizRegionId", "cn-shanghai"),
        Map.entry("ChargeType", "PostPaid"), Map.entry("InstanceGroupId", "ag-1"),
        Map.entry("InstanceGroupIds.1", "ag-2"), Map.entry("InstanceGroupIds.2", "ag-3"),
        Map.entry("InstanceGroupName", "test"), Map.entry("KeyPairId", "kp-1"), Map.entry("MaxResults", "20"),
        Map.entry("NextToken", "AAAA+b/c*d=="), Map.entry("NodeId", "node_id"), Map.entry("NodeName", "node_name"),
        Map.entry("OfficeSiteIds.1", "cn-hangzhou+dir-744962****"), Map.entry("PrivateIpAddress", "10.0.162.136"),
        Map.entry("QosRuleIds.1", "qos-1"), Map.entry("SaleMode", "Instance"), Map.entry("Status", "RUNNING"),
        Map.entry("Tag.1.Key", "env"), Map.entry("Tag.1.Value", "prod"),
        Map.entry("Tag.2.Key", "team"), Map.entry("Tag.2.Value", "qa")));
    assertThat(sent.form()).isEmpty();
  }

  @Test
  void describeAndroidInstances_seedExample_parsedVerbatim() {
    enqueueFixture("DescribeAndroidInstances");

    DescribeAndroidInstancesResponse response =
        client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build());

    assertThat(ownQuery(takeRequest())).isEmpty();
    assertThat(response.requestId()).contains("F07A1DA1-E1EB-5CCA-8EED-12F85D32****");
    assertThat(response.totalCount()).contains(10L);
    assertThat(response.nextToken()).contains("AAAAAV3MpHK1AP0pfERHZN5pu6kmma/xxE9WtwL/ADvZ****");
    AndroidInstance instance = response.instanceModel().get(0);
    assertThat(response.instanceModel()).hasSize(1);
    assertThat(instance.androidInstanceId()).contains("acp-8at8h6ejkadjh****");
    assertThat(instance.androidInstanceName()).contains("name");
    assertThat(instance.androidInstanceStatus()).contains("RUNNING");
    assertThat(instance.androidInstanceGroupId()).contains("ag-ayyhomlal7po****");
    assertThat(instance.androidInstanceGroupName()).contains("AndroidInstanceGroupName");
    assertThat(instance.networkInterfaceIp()).contains("192.168.22.48");
    assertThat(instance.authorizedUserId()).contains("test");
    assertThat(instance.bindUserId()).contains("test");
    assertThat(instance.persistentAppInstanceId()).contains("p-0btrd5zj8epo****");
    assertThat(instance.appInstanceId()).contains("ai-9ey6io0q58rcd****");
    assertThat(instance.keyPairId()).contains("kp-5hh431emkpucs****");
    // GmtCreate/GmtModified are local "yyyy-MM-dd HH:mm:ss" text; GmtExpired is ISO-8601 UTC.
    assertThat(instance.gmtCreate()).contains("2023-05-06 10:42:10");
    assertThat(instance.gmtModified()).contains("2023-05-06 10:42:10");
    assertThat(instance.gmtExpired()).contains(Instant.parse("2024-07-15T02:03:33Z"));
    assertThat(instance.appInstanceGroupId()).contains("aig-i7yv6tkn7kh8dv****");
    assertThat(instance.regionId()).contains("cn-hangzhou");
    assertThat(instance.rate()).contains(100);
    assertThat(instance.errorCode()).contains("FilePathNotFound");
    assertThat(instance.renderingType()).contains("local");
    assertThat(instance.instanceType()).contains("acp.basic.small");
    assertThat(instance.chargeType()).contains("PrePaid");
    assertThat(instance.policyGroupId()).contains("pg-0bszojpu0seql****");
    assertThat(instance.officeSiteId()).contains("cn-shenzhen+dir-211620****");
    assertThat(instance.vSwitchId()).contains("vsw-2zepmau2hsbhos42****");
    assertThat(instance.memory()).contains(1024);
    assertThat(instance.cpu()).contains("4");
    assertThat(instance.disks()).singleElement().satisfies(disk -> {
      assertThat(disk.diskType()).contains("SYSTEM");
      assertThat(disk.diskSize()).contains(32);
    });
    assertThat(instance.tags()).containsExactly(Tag.builder().key("key").value("value").build());
    assertThat(instance.imageVersion()).contains("3.5.3.867");
    assertThat(instance.publicIpAddress()).contains("10.32.1.41");
    assertThat(instance.sessionStatus()).contains("connect");
    // The reference example sends the text "null" for these internal fields; it is kept as sent.
    assertThat(instance.networkInterfaceIpv6Address()).contains("null");
    assertThat(instance.publicIpv6Address()).contains("null");
    assertThat(instance.imageId()).contains("imgc-075cllfeuazh0****");
    assertThat(instance.displayConfig()).contains(DisplayConfig.builder().resolutionHeight(1280)
        .resolutionWidth(720).dpi(240).fps(30).lockResolution("off").build());
    assertThat(instance.qosRuleId()).contains("qos-5605u0gelk200****");
    assertThat(instance.appManagePolicy()).hasValueSatisfying(policy -> {
      assertThat(policy.appManagePolicyId()).contains("amp-dgiavcvibfdds****");
      assertThat(policy.appManagePolicyName()).contains("应用组1");
    });
    assertThat(instance.zoneId()).contains("cn-hangzhou-h");
    assertThat(instance.phoneDataInfo()).hasValueSatisfying(data -> {
      assertThat(data.phoneDataId()).contains("pd-sbcudgidbhb****");
      assertThat(data.phoneDataVolume()).contains(20);
    });
    assertThat(instance.streamMode()).contains(1);
    assertThat(instance.networkType()).contains("network_pro_ecd");
    assertThat(instance.bandwidthPackageType()).contains("cbwp_ecd");
    assertThat(instance.bandwidthPackageId()).contains("np-0q6ixs7vpxcizp***");
    assertThat(instance.upBandwidthLimit()).contains(5);
    assertThat(instance.downBandwidthLimit()).contains(30);
    assertThat(instance.serverType()).contains("cpm.gx7.10xlarge");
    assertThat(instance.bizTags()).containsExactly(Tag.builder().key("releaseFlag").value("on").build());
    assertThat(instance.serverStatus()).contains("RUNNING");
    assertThat(instance.systemVersion()).contains("Android 11");
    assertThat(instance.internetStatus()).contains("");
    assertThat(instance.bizImageType()).contains("");
  }

  @Test
  void describeAndroidInstances_driftedTypes_readLeniently() {
    // TotalCount arrives as a string in some answers, Cpu as a number, Memory as text.
    enqueueJson(200, "{\"RequestId\":\"r\",\"TotalCount\":\"12\",\"InstanceModel\":[{\"Cpu\":8,"
        + "\"Memory\":\"2048\",\"GmtExpired\":\"null\",\"VSwitchId\":\"vsw-1\"}]}");

    DescribeAndroidInstancesResponse response =
        client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build());

    takeRequest();
    assertThat(response.totalCount()).contains(12L);
    assertThat(response.nextToken()).isEmpty();
    AndroidInstance instance = response.instanceModel().get(0);
    assertThat(instance.cpu()).contains("8");
    assertThat(instance.memory()).contains(2048);
    assertThat(instance.gmtExpired()).isEmpty();
    assertThat(instance.vSwitchId()).contains("vsw-1");
    assertThat(instance.disks()).isEmpty();
    assertThat(instance.displayConfig()).isEmpty();
  }

  @Test
  void describeDisplayConfig_ids_sentInFormAndSettingsParsed() {
    enqueueFixture("DescribeDisplayConfig");

    DescribeDisplayConfigResponse response = client.describeDisplayConfig(
        DescribeDisplayConfigRequest.builder().addAndroidInstanceIds(ACP_A, ACP_B).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeDisplayConfig");
    assertThat(ownQuery(sent)).isEmpty();
    assertThat(sent.form()).isEqualTo(Map.of("AndroidInstanceIds.1", ACP_A, "AndroidInstanceIds.2", ACP_B));
    assertThat(response.requestId()).contains("FFEF7EFE-1E36-56D1-B5BF-5BACE43B****");
    InstanceDisplayConfig config = response.displayConfigModel().get(0);
    assertThat(config.androidInstanceId()).contains("cpn-jewjt8xryuituz4qn-****");
    assertThat(config.resolutionHeight()).contains(1280);
    assertThat(config.resolutionWidth()).contains(720);
    assertThat(config.dpi()).contains(240);
    assertThat(config.fps()).isEmpty();
    assertThat(config.lockResolution()).contains("off");
  }

  @Test
  void describeMetricLast_everyParameter_sentInFormAndMetricsParsed() {
    enqueueFixture("DescribeMetricLast");

    DescribeMetricLastResponse response = client.describeMetricLast(DescribeMetricLastRequest.builder()
        .addMetricNames("cpu_utilization", "process_cpu").addAndroidInstanceIds("acp-fkuit0cmyru4p****")
        .period(60).startTime("2019-01-31 10:00:00").endTime("2019-01-31 11:00:00").length("100")
        .nextToken("AAAA+b/c*").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeMetricLast");
    assertThat(ownQuery(sent)).isEmpty();
    assertThat(sent.form()).isEqualTo(Map.of("MetricNames.1", "cpu_utilization", "MetricNames.2", "process_cpu",
        "AndroidInstanceIds.1", "acp-fkuit0cmyru4p****", "Period", "60", "StartTime", "2019-01-31 10:00:00",
        "EndTime", "2019-01-31 11:00:00", "Length", "100", "NextToken", "AAAA+b/c*"));
    assertThat(response.requestId()).contains("2B9E6946-0E2A-5D2B-B275-361DF81F****");
    assertThat(response.count()).contains(100);
    assertThat(response.nextToken()).contains("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    assertThat(response.metricTotalModel()).singleElement().satisfies(metrics -> {
      assertThat(metrics.androidInstanceId()).contains("acp-fkuit0cmyru4p****");
      assertThat(metrics.metricModelList()).hasSize(2);
    });
    InstanceMetric cpu = response.metricTotalModel().get(0).metricModelList().get(0);
    assertThat(cpu.metricName()).contains("cpu_utilization");
    MetricDataPoint point = cpu.dataPoints().get(0);
    assertThat(point.timestamp()).contains(1548777660000L);
    assertThat(point.average()).contains(99.52);
    assertThat(point.maximum()).contains(100.0);
    assertThat(point.minimum()).contains(93.1);
    assertThat(cpu.processLastInfos()).isEmpty();
    ProcessUsage process = response.metricTotalModel().get(0).metricModelList().get(1).processLastInfos().get(0);
    assertThat(process.name()).contains("com.offerup");
    assertThat(process.processIds()).containsExactly(1024, 1025);
    assertThat(process.cpuUsage()).contains(50.0);
    assertThat(process.memoryUsage()).contains(50.0);
    assertThat(process.timestamp()).contains(1548777660000L);
  }

  @Test
  void disconnectAndroidInstance_idsAndUser_sentInQuery() {
    enqueueFixture("DisconnectAndroidInstance");

    DisconnectAndroidInstanceResponse response = client.disconnectAndroidInstance(
        DisconnectAndroidInstanceRequest.builder().addInstanceIds(ACP_A).endUserId("user1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DisconnectAndroidInstance");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceIds.1", ACP_A, "EndUserId", "user1"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("E5138F7E-46B5-526A-8C99-82DEAE6B****");
  }

  @Test
  void endCoordination_instanceAndUsers_sentInQuery() {
    enqueueFixture("EndCoordination");

    EndCoordinationResponse response = client.endCoordination(EndCoordinationRequest.builder()
        .instanceId("acp-2zecay9ponatdc4m****").ownerUserId("xiaoming").coordinatorUserId("lina").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("EndCoordination");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceId", "acp-2zecay9ponatdc4m****",
        "OwnerUserId", "xiaoming", "CoordinatorUserId", "lina"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("5C5CEF0A-D6E1-58D3-8750-67DB4F82****");
  }

  @Test
  void generateCoordinationCode_instanceAndOwner_sentInQueryAndCodeParsed() {
    enqueueFixture("GenerateCoordinationCode");

    GenerateCoordinationCodeResponse response = client.generateCoordinationCode(
        GenerateCoordinationCodeRequest.builder().instanceId("acp-2zecay9ponatdc4m****")
            .ownerUserId("xiaoming").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("GenerateCoordinationCode");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceId", "acp-2zecay9ponatdc4m****",
        "OwnerUserId", "xiaoming"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("1A923337-44D9-5CAD-9A53-95084BD4****");
    assertThat(response.coordinatorCode()).contains("CSHGDK");
  }

  @Test
  void modifyAndroidInstance_nameAndBandwidth_sentInQuery() {
    enqueueFixture("ModifyAndroidInstance");

    ModifyAndroidInstanceResponse response = client.modifyAndroidInstance(ModifyAndroidInstanceRequest.builder()
        .androidInstanceId("acp-8v5bjld0r7tkl****").addInstanceIds("acp-5hh4a31emkt6u****")
        .newAndroidInstanceName("new_name-2.测试").upBandwidthLimit(50).downBandwidthLimit(40).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyAndroidInstance");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceId", "acp-8v5bjld0r7tkl****",
        "InstanceIds.1", "acp-5hh4a31emkt6u****", "NewAndroidInstanceName", "new_name-2.测试",
        "UpBandwidthLimit", "50", "DownBandwidthLimit", "40"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("E5138F7E-46B5-526A-8C99-82DEAE6B****");
  }

  @Test
  void modifyDisplayConfig_displayConfig_sentInFormAsOneJsonString() throws Exception {
    enqueueFixture("ModifyDisplayConfig");

    ModifyDisplayConfigResponse response = client.modifyDisplayConfig(ModifyDisplayConfigRequest.builder()
        .addAndroidInstanceIds("cpn-9y1nwysxr9d6lk2xq-****")
        .displayConfig(DisplayConfig.builder().resolutionWidth(720).resolutionHeight(1920).dpi(240)
            .lockResolution("on").build())
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyDisplayConfig");
    assertThat(ownQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnlyKeys("AndroidInstanceIds.1", "DisplayConfig");
    assertThat(sent.form()).containsEntry("AndroidInstanceIds.1", "cpn-9y1nwysxr9d6lk2xq-****");
    JsonNode config = new ObjectMapper().readTree(sent.form().get("DisplayConfig"));
    // PascalCase names inside the string too, and the unset Fps left out rather than sent as null.
    assertThat(config).isEqualTo(new ObjectMapper().readTree(
        "{\"ResolutionHeight\":1920,\"ResolutionWidth\":720,\"Dpi\":240,\"LockResolution\":\"on\"}"));
    assertThat(response.requestId()).contains("A578AD3A-8E7C-54FE-A09F-B060941*****");
  }

  @Test
  void modifyDisplayConfig_noDisplayConfig_onlyIdsSent() {
    enqueueFixture("ModifyDisplayConfig");

    client.modifyDisplayConfig(ModifyDisplayConfigRequest.builder().addAndroidInstanceIds(ACP_A).build());

    assertThat(takeRequest().form()).isEqualTo(Map.of("AndroidInstanceIds.1", ACP_A));
  }

  @Test
  void rebootAndroidInstancesInGroup_forced_sentInQuery() {
    enqueueFixture("RebootAndroidInstancesInGroup");

    RebootAndroidInstancesInGroupResponse response = client.rebootAndroidInstancesInGroup(
        RebootAndroidInstancesInGroupRequest.builder().addAndroidInstanceIds(ACP_A, ACP_B).forceStop(true)
            .saleMode("Instance").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RebootAndroidInstancesInGroup");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", ACP_A, "AndroidInstanceIds.2", ACP_B,
        "ForceStop", "true", "SaleMode", "Instance"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("227CBB4C-F5DC-589D-A667-C5CA3D52****");
  }

  @Test
  void resetAndroidInstancesInGroup_idsAndResetType_sentInQuery() {
    enqueueFixture("ResetAndroidInstancesInGroup");

    ResetAndroidInstancesInGroupResponse response = client.resetAndroidInstancesInGroup(
        ResetAndroidInstancesInGroupRequest.builder().addAndroidInstanceIds("acp-scaucydkl****")
            .saleMode("Instance").settingResetType(1).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ResetAndroidInstancesInGroup");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", "acp-scaucydkl****",
        "SaleMode", "Instance", "SettingResetType", "1"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("69BCBBE4-FCF2-59B8-AD9D-531EB422****");
  }

  @Test
  void setAdbSecure_idsAndStatus_sentInQueryAndCountsParsed() {
    enqueueFixture("SetAdbSecure");

    SetAdbSecureResponse response = client.setAdbSecure(
        SetAdbSecureRequest.builder().addInstanceIds("acp-5hh431emkt6ua****").status(1).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("SetAdbSecure");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceIds.1", "acp-5hh431emkt6ua****", "Status", "1"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("69BCBBE4-FCF2-59B8-AD9D-531EB422****");
    AdbSecureResult data = response.data().orElseThrow();
    assertThat(data.totalCount()).contains(100L);
    assertThat(data.failCount()).contains(0);
    assertThat(data.instanceIds()).containsExactly("acp-5hh431emkt6ua****");
  }

  @Test
  void setAdbSecure_statusZero_sentAsZero() {
    enqueueFixture("SetAdbSecure");

    client.setAdbSecure(SetAdbSecureRequest.builder().status(0).build());

    assertThat(ownQuery(takeRequest())).isEqualTo(Map.of("Status", "0"));
  }

  @Test
  void startAndroidInstance_ids_sentInQuery() {
    enqueueFixture("StartAndroidInstance");

    StartAndroidInstanceResponse response = client.startAndroidInstance(
        StartAndroidInstanceRequest.builder().addAndroidInstanceIds("acp-hk34lbnw0qhi7****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("StartAndroidInstance");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", "acp-hk34lbnw0qhi7****"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("17C731AB-AAEE-5844-A352-D8D0352D****");
  }

  @Test
  void stopAndroidInstance_notForced_sentAsFalse() {
    enqueueFixture("StopAndroidInstance");

    StopAndroidInstanceResponse response = client.stopAndroidInstance(StopAndroidInstanceRequest.builder()
        .addAndroidInstanceIds("acp-3kzpiqqsjwtw7****").forceStop(false).saleMode("Node").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("StopAndroidInstance");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", "acp-3kzpiqqsjwtw7****",
        "ForceStop", "false", "SaleMode", "Node"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("E38B41A8-8E00-5AE4-A957-6636ACB8****");
  }

  @Test
  void updateInstanceImage_imageAndIdList_sentInQueryAndTaskParsed() {
    enqueueFixture("UpdateInstanceImage");

    UpdateInstanceImageResponse response = client.updateInstanceImage(UpdateInstanceImageRequest.builder()
        .imageId("imgc-075cllfeuazh0****").addInstanceIdList("acp-dvbhknfasf123****", ACP_A).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("UpdateInstanceImage");
    assertThat(ownQuery(sent)).isEqualTo(Map.of("ImageId", "imgc-075cllfeuazh0****",
        "InstanceIdList.1", "acp-dvbhknfasf123****", "InstanceIdList.2", ACP_A));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).contains("1A923337-44D9-5CAD-9A53-95084BD4****");
    assertThat(response.taskId()).contains("t-1ljew7on6ay0j****");
  }

  @Test
  void documentedLimits_atTheirBounds_accepted() {
    DescribeAndroidInstancesRequest.builder().maxResults(1).build();
    DescribeAndroidInstancesRequest.builder().maxResults(100).build();
    BatchGetAcpConnectionTicketRequest.builder().addAllInstanceIds(ids(100)).build();
    DisconnectAndroidInstanceRequest.builder().addAllInstanceIds(ids(100)).build();
    ModifyAndroidInstanceRequest.builder().addAllInstanceIds(ids(100)).newAndroidInstanceName("a".repeat(30)).build();
    ModifyDisplayConfigRequest.builder().displayConfig(DisplayConfig.builder().dpi(72).build()).build();
    ModifyDisplayConfigRequest.builder().displayConfig(DisplayConfig.builder().dpi(600).build()).build();
    SetAdbSecureRequest.builder().addAllInstanceIds(ids(50)).status(1).build();
    CreateScreenshotRequest.builder().addAndroidInstanceIdList(ACP_A).build();
    DescribeMetricLastRequest.builder().addMetricNames("cpu_utilization").build();
  }

  private static Arguments violation(String label, Consumer<AlibabaCloudPhoneClient> call, String message) {
    return Arguments.of(label, call, message);
  }

  static Stream<Arguments> limitViolations() {
    return Stream.of(
        violation("DescribeAndroidInstances MaxResults 0",
            c -> c.describeAndroidInstances(
                DescribeAndroidInstancesRequest.builder().maxResults(0).build()),
            "MaxResults must be between 1 and 100 but was 0"),
        violation("DescribeAndroidInstances MaxResults 101",
            c -> c.describeAndroidInstances(
                DescribeAndroidInstancesRequest.builder().maxResults(101).build()),
            "MaxResults must be between 1 and 100 but was 101"),
        violation("BatchGetAcpConnectionTicket 101 instances",
            c -> c.batchGetAcpConnectionTicket(
                BatchGetAcpConnectionTicketRequest.builder().addAllInstanceIds(ids(101)).build()),
            "InstanceIds must hold between 0 and 100 items but held 101"),
        violation("CreateScreenshot no instance",
            c -> c.createScreenshot(CreateScreenshotRequest.builder().build()),
            "AndroidInstanceIdList must hold at least one instance id"),
        violation("CreateScreenshot foreign bucket",
            c -> c.createScreenshot(CreateScreenshotRequest.builder()
                .addAndroidInstanceIdList(ACP_A).ossBucketName("my-bucket").build()),
            "OssBucketName must start with cloudphone-saved-bucket- but was my-bucket"),
        violation("DescribeMetricLast no metric",
            c -> c.describeMetricLast(
                DescribeMetricLastRequest.builder().addAndroidInstanceIds(ACP_A).build()),
            "MetricNames must hold at least one metric name"),
        violation("DisconnectAndroidInstance 101 instances",
            c -> c.disconnectAndroidInstance(
                DisconnectAndroidInstanceRequest.builder().addAllInstanceIds(ids(101)).build()),
            "InstanceIds must hold between 0 and 100 items but held 101"),
        violation("ModifyAndroidInstance 101 instances",
            c -> c.modifyAndroidInstance(
                ModifyAndroidInstanceRequest.builder().addAllInstanceIds(ids(101)).build()),
            "InstanceIds must hold between 0 and 100 items but held 101"),
        violation("ModifyAndroidInstance name of 31 characters",
            c -> c.modifyAndroidInstance(
                ModifyAndroidInstanceRequest.builder().newAndroidInstanceName("a".repeat(31)).build()),
            "NewAndroidInstanceName must be 1 to 30 characters long but was 31"),
        violation("ModifyAndroidInstance name starting with a digit",
            c -> c.modifyAndroidInstance(
                ModifyAndroidInstanceRequest.builder().newAndroidInstanceName("1phone").build()),
            "NewAndroidInstanceName may contain only"),
        violation("ModifyAndroidInstance name that is a URL",
            c -> c.modifyAndroidInstance(
                ModifyAndroidInstanceRequest.builder().newAndroidInstanceName("http://x").build()),
            "NewAndroidInstanceName may contain only"),
        violation("ModifyDisplayConfig Dpi 71",
            c -> c.modifyDisplayConfig(ModifyDisplayConfigRequest.builder()
                .displayConfig(DisplayConfig.builder().dpi(71).build()).build()),
            "DisplayConfig.Dpi must be between 72 and 600 but was 71"),
        violation("ModifyDisplayConfig Dpi 601",
            c -> c.modifyDisplayConfig(ModifyDisplayConfigRequest.builder()
                .displayConfig(DisplayConfig.builder().dpi(601).build()).build()),
            "DisplayConfig.Dpi must be between 72 and 600 but was 601"),
        violation("SetAdbSecure 51 instances",
            c -> c.setAdbSecure(
                SetAdbSecureRequest.builder().addAllInstanceIds(ids(51)).status(1).build()),
            "InstanceIds must hold between 0 and 50 items but held 51"),
        violation("SetAdbSecure Status 2",
            c -> c.setAdbSecure(SetAdbSecureRequest.builder().status(2).build()),
            "Status must be between 0 and 1 but was 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitViolations")
  void limitViolated_throwsNamingFieldAndSendsNothing(
      String label, Consumer<AlibabaCloudPhoneClient> call, String message) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    assertNothingSent();
  }

  // ------------------------------------------------------------- parameters and fields added up to SDK 3.29.3

  @Test
  void batchGetAcpConnectionTicket_connectionModeAndPorts_flattenedInQueryAndPortParsed() {
    enqueueFixture("BatchGetAcpConnectionTicket");

    BatchGetAcpConnectionTicketResponse response = client.batchGetAcpConnectionTicket(
        BatchGetAcpConnectionTicketRequest.builder().addInstanceIds(ACP_A).connectionMode("adb")
            .addPorts("5555", "8080").build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceIds.1", ACP_A, "ConnectionMode", "adb",
        "Ports.1", "5555", "Ports.2", "8080"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.instanceConnectionModels().get(0).port()).contains(5555);
    assertThat(response.instanceConnectionModels().get(1).port()).isEmpty();
  }

  @Test
  void createScreenshot_screenshotId_sentInQueryAndEchoedPerTask() {
    enqueueFixture("CreateScreenshot");

    CreateScreenshotResponse response = client.createScreenshot(CreateScreenshotRequest.builder()
        .addAndroidInstanceIdList("acp-bwhtebzah2fse****").screenshotId("ss-3kh93uu0vdbkb****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIdList.1", "acp-bwhtebzah2fse****",
        "ScreenshotId", "ss-3kh93uu0vdbkb****"));
    assertThat(response.tasks()).singleElement()
        .satisfies(task -> assertThat(task.screenshotId()).contains("ss-3kh93uu0vdbkb****"));
  }

  @Test
  void describeAndroidInstances_sortAndVersion_sentInQueryAndNewInstanceFieldsParsed() {
    enqueueFixture("DescribeAndroidInstances");

    DescribeAndroidInstancesResponse response = client.describeAndroidInstances(DescribeAndroidInstancesRequest.builder()
        .instanceVersion("v2").sortKey("GmtCreate").sortType("Desc").build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceVersion", "v2", "SortKey", "GmtCreate", "SortType", "Desc"));
    assertThat(sent.form()).isEmpty();
    AndroidInstance instance = response.instanceModel().get(0);
    assertThat(instance.channel()).contains("aliyun");
    assertThat(instance.packageId()).contains("pkg-0c8l2vgu5jh9v****");
    assertThat(instance.serverStatus()).contains("RUNNING");
    assertThat(instance.systemVersion()).contains("Android 11");
  }

  @Test
  void describeMetricLast_instanceIds_inQueryWhileTheOtherParametersStayInForm() {
    enqueueFixture("DescribeMetricLast");

    DescribeMetricLastResponse response = client.describeMetricLast(DescribeMetricLastRequest.builder()
        .addMetricNames("gpu_utilization").addAndroidInstanceIds(ACP_A).addInstanceIds(ACP_A, ACP_B).build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("InstanceIds.1", ACP_A, "InstanceIds.2", ACP_B));
    assertThat(sent.form()).isEqualTo(Map.of("MetricNames.1", "gpu_utilization", "AndroidInstanceIds.1", ACP_A));
    MetricDataPoint point = response.metricTotalModel().get(0).metricModelList().get(0).dataPoints().get(0);
    assertThat(point.gpuId()).contains("gpu-0");
  }

  /** The fixture is the reference's example answer, placeholders ({@code t-xxxx}, {@code acp-xxxx}) and all. */
  @Test
  void rebootAndroidInstancesInGroup_ignoreParamValidation_sentInQueryAndChildTasksParsed() {
    enqueueFixture("RebootAndroidInstancesInGroup");

    RebootAndroidInstancesInGroupResponse response = client.rebootAndroidInstancesInGroup(
        RebootAndroidInstancesInGroupRequest.builder().addAndroidInstanceIds(ACP_A).ignoreParamValidation(true).build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", ACP_A, "IgnoreParamValidation", "true"));
    assertThat(sent.form()).isEmpty();
    ChildTaskGroup tasks = response.tasks().orElseThrow();
    assertThat(tasks.parentTaskId()).contains("t-xxxx");
    assertThat(tasks.childTasks()).containsExactly(ChildTask.builder().instanceId("acp-xxxx").taskId("t-xxxx").build());
  }

  @Test
  void resetAndroidInstancesInGroup_ignoreParamValidation_sentInQueryAndTaskPerInstanceParsed() {
    enqueueFixture("ResetAndroidInstancesInGroup");

    ResetAndroidInstancesInGroupResponse response = client.resetAndroidInstancesInGroup(
        ResetAndroidInstancesInGroupRequest.builder().addAndroidInstanceIds(ACP_B, "acp-j2taq887orj8l****")
            .ignoreParamValidation(false).build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("AndroidInstanceIds.1", ACP_B,
        "AndroidInstanceIds.2", "acp-j2taq887orj8l****", "IgnoreParamValidation", "false"));
    ChildTaskGroup tasks = response.tasks().orElseThrow();
    assertThat(tasks.parentTaskId()).contains("t-1ljew7on6ay0i****");
    assertThat(tasks.childTasks()).extracting(t -> t.instanceId().orElseThrow(), t -> t.taskId().orElseThrow())
        .containsExactly(tuple(ACP_B, "t-1ljew7on6ay0k****"),
            tuple("acp-j2taq887orj8l****", "t-1ljew7on6ay0l****"));
  }

  @Test
  void updateInstanceImage_resetAndIgnoreParamValidation_sentInQueryAndTaskPerInstanceParsed() {
    enqueueFixture("UpdateInstanceImage");

    UpdateInstanceImageResponse response = client.updateInstanceImage(UpdateInstanceImageRequest.builder()
        .imageId("imgc-075cllfeuazh0****").addInstanceIdList(ACP_B).ignoreParamValidation(true).reset(true).build());

    SentRpcRequest sent = takeRequest();
    assertThat(ownQuery(sent)).isEqualTo(Map.of("ImageId", "imgc-075cllfeuazh0****", "InstanceIdList.1", ACP_B,
        "IgnoreParamValidation", "true", "Reset", "true"));
    assertThat(response.taskId()).contains("t-1ljew7on6ay0j****");
    assertThat(response.tasks().flatMap(ChildTaskGroup::parentTaskId)).contains("t-1ljew7on6ay0i****");
    assertThat(response.tasks().orElseThrow().childTasks()).hasSize(2);
  }

  @Test
  void rebootAndroidInstancesInGroup_olderAnswerWithoutTasks_parsesWithNoTasks() {
    enqueueJson(200, "{\"RequestId\":\"r-1\"}");

    RebootAndroidInstancesInGroupResponse response = client.rebootAndroidInstancesInGroup(
        RebootAndroidInstancesInGroupRequest.builder().addAndroidInstanceIds(ACP_A).build());

    takeRequest();
    assertThat(response.tasks()).isEmpty();
  }
}
