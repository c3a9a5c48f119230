package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.model.AndroidInstanceGroup;
import io.cloudphone.alibaba.model.ChangeCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.ChangeCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.ChangedNodeInfo;
import io.cloudphone.alibaba.model.CheckResourceStockRequest;
import io.cloudphone.alibaba.model.CheckResourceStockResponse;
import io.cloudphone.alibaba.model.CloudPhoneNode;
import io.cloudphone.alibaba.model.CloudPhoneSpec;
import io.cloudphone.alibaba.model.CreateAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.CreateAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.CreateCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.CreateCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.DeleteAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.DeleteAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.DeleteCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DeleteCloudPhoneNodesResponse;
import io.cloudphone.alibaba.model.DescribeAndroidInstanceGroupsRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstanceGroupsResponse;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesResponse;
import io.cloudphone.alibaba.model.DescribeRegionsRequest;
import io.cloudphone.alibaba.model.DescribeRegionsResponse;
import io.cloudphone.alibaba.model.DescribeSpecRequest;
import io.cloudphone.alibaba.model.DescribeSpecResponse;
import io.cloudphone.alibaba.model.DisplayConfig;
import io.cloudphone.alibaba.model.DowngradeAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.DowngradeAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.ExpandDataVolumeRequest;
import io.cloudphone.alibaba.model.ExpandDataVolumeResponse;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.ModifyCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.ModifyCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.ModifyInstanceChargeTypeRequest;
import io.cloudphone.alibaba.model.ModifyInstanceChargeTypeResponse;
import io.cloudphone.alibaba.model.NetworkInfo;
import io.cloudphone.alibaba.model.NetworkPackageOrder;
import io.cloudphone.alibaba.model.RenewAndroidInstanceGroupsRequest;
import io.cloudphone.alibaba.model.RenewAndroidInstanceGroupsResponse;
import io.cloudphone.alibaba.model.RenewCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.RenewCloudPhoneNodesResponse;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.alibaba.model.UpdateInstanceGroupImageRequest;
import io.cloudphone.alibaba.model.UpdateInstanceGroupImageResponse;
import io.cloudphone.alibaba.model.UpgradeAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.UpgradeAndroidInstanceGroupResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cloud phone matrix (node), instance group and catalogue operations on the wire: which parameters each call
 * puts in the query string and which in the form body, how the answers parse, and which documented limits
 * stop a request before anything is sent.
 *
 * <p>The fields added up to SDK 3.29.3 ({@code OrderId} of ChangeCloudPhoneNode, {@code Channel}, {@code PackageId}
 * and {@code Tags} of the node listing, {@code Channel}/{@code PackageId} of the group listing and
 * CreateAndroidInstanceGroup's {@code NetworkPackageOrderModel}) are not in the reference's example answers, so the
 * fixtures were extended with them from the field tables. Quirks covered: {@code PaidCallBackUrl} at the top level
 * but {@code PaidCallbackUrl} inside {@code NetworkInfo}, and the listings filtering by {@code Tags.N} where
 * creation takes {@code Tag.N}.
 */
class NodeAndGroupOperationsTest extends AlibabaWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parameters every signed V1 call carries, whatever the operation. */
  private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId",
      "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken",
      "RegionId");

  /** The query parameters the operation itself put there. */
  private static Map<String, String> operationQuery(SentRpcRequest sent) {
    Map<String, String> query = new TreeMap<>(sent.query());
    query.keySet().removeAll(COMMON);
    return query;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static void assertFormContentType(SentRpcRequest sent) {
    assertThat(sent.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
  }

  // ------------------------------------------------------------------------------------------------ nodes

  @Test
  void changeCloudPhoneNode_typeAndCount_sentAsQueryAndNodeInfosParsed() {
    enqueueFixture("ChangeCloudPhoneNode");

    ChangeCloudPhoneNodeResponse response = client.changeCloudPhoneNode(ChangeCloudPhoneNodeRequest.builder()
        .nodeId("cpn-0ugbptfu473fy****").instanceType("ac.max").phoneCount(20).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ChangeCloudPhoneNode");
    assertThat(operationQuery(sent)).containsOnly(
        entry("NodeId", "cpn-0ugbptfu473fy****"), entry("InstanceType", "ac.max"), entry("PhoneCount", "20"));
    assertThat(sent.form()).isEmpty();

    assertThat(response.requestId()).hasValue("4610632D-D661-5982-B3D7-5D3FD183F****");
    ChangedNodeInfo node = response.nodeInfos().get(0);
    assertThat(node.nodeId()).hasValue("cpn-e5kxgjyt8s1mb****");
    assertThat(node.shareDataVolume()).hasValue(100);
    assertThat(node.instanceInfos()).extracting(i -> i.instanceId().orElseThrow(), i -> i.phoneDataVolume().orElseThrow())
        .containsExactly(tuple("cpn-jewjt8xryuitu****", 200));
  }

  @Test
  void createCloudPhoneNode_everyParameter_displayConfigJsonInFormNetworkInfoJsonInQueryTagsFlattened() {
    enqueueFixture("CreateCloudPhoneNode");

    CreateCloudPhoneNodeResponse response = client.createCloudPhoneNode(CreateCloudPhoneNodeRequest.builder()
        .bizRegionId("cn-hangzhou").serverType("cpm.gx7.10xlarge").autoPay(true).autoRenew(false)
        .bandwidthPackageId("cbwp-uf6g3hgg****").bandwidthPackageType("cbwp_ecd").chargeType("PrePaid").count(2)
        .displayConfig(DisplayConfig.builder().dpi(240).lockResolution("off").build())
        .downBandwidthLimit(50).imageId("imgc-075cllfeuazh0****").instanceType("ac.max")
        .networkId("cn-hangzhou+dir-5mwr9azebliva****")
        .networkInfo(NetworkInfo.builder().bandwidthPackageName("inst-bandwidth-pkg-1").cidrBlock("10.10.13.0/24")
            .internetChargeType("PayByBandwidth").ipRatio(128).isp("ChinaTelecom").limitedBandwidth(200)
            .payType("PostPaid").visibleType("CPS").build())
        .networkType("network_pro_ecd").nodeName("node_name").period(1).periodUnit("Month").phoneCount(25)
        .phoneDataVolume(10).resolutionHeight(1280).resolutionWidth(720).serverShareDataVolume(300).streamMode(1)
        .addTag(tag("team", "qa"), tag("env", "test")).upBandwidthLimit(50).vSwitchId("vsw-2zeekryyc1q3sm72l****")
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateCloudPhoneNode");
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("AutoPay", "AutoRenew", "BandwidthPackageId", "BandwidthPackageType",
        "BizRegionId", "ChargeType", "Count", "DownBandwidthLimit", "ImageId", "InstanceType", "NetworkId",
        "NetworkInfo", "NetworkType", "NodeName", "Period", "PeriodUnit", "PhoneCount", "PhoneDataVolume",
        "ResolutionHeight", "ResolutionWidth", "ServerShareDataVolume", "ServerType", "StreamMode", "Tag.1.Key",
        "Tag.1.Value", "Tag.2.Key", "Tag.2.Value", "UpBandwidthLimit", "VSwitchId");
    assertThat(query).contains(entry("BizRegionId", "cn-hangzhou"), entry("ServerType", "cpm.gx7.10xlarge"),
        entry("AutoPay", "true"), entry("AutoRenew", "false"), entry("Count", "2"),
        entry("NetworkId", "cn-hangzhou+dir-5mwr9azebliva****"), entry("ServerShareDataVolume", "300"),
        entry("Tag.1.Key", "team"), entry("Tag.1.Value", "qa"), entry("Tag.2.Key", "env"), entry("Tag.2.Value", "test"),
        entry("VSwitchId", "vsw-2zeekryyc1q3sm72l****"));
    assertThat(json(query.get("NetworkInfo"))).isEqualTo(json("{'BandwidthPackageName':'inst-bandwidth-pkg-1',"
        + "'CidrBlock':'10.10.13.0/24','InternetChargeType':'PayByBandwidth','IpRatio':128,'Isp':'ChinaTelecom',"
        + "'LimitedBandwidth':200,'PayType':'PostPaid','VisibleType':'CPS'}"));
    assertThat(sent.form()).containsOnlyKeys("DisplayConfig");
    assertThat(json(sent.form().get("DisplayConfig"))).isEqualTo(json("{'Dpi':240,'LockResolution':'off'}"));
    assertFormContentType(sent);

    assertThat(response.orderId()).hasValue("223684716098****");
    assertThat(response.nodeInfos()).extracting(n -> n.nodeId().orElseThrow()).containsExactly("cpn-e5kxgjyt8s1mb****");
    assertThat(response.nodeInfos().get(0).instanceIds()).containsExactly("acp-0kpdyd2gjhqtx****", "acp-0kpdyd2gjhqty****");
    assertThat(response.networkPackageOrderModel().flatMap(o -> o.bandwidthPackageOrderId())).hasValue("223684716099****");
  }

  @Test
  void createCloudPhoneNode_onlyRequired_noFormBodyAndNoEmptyJson() {
    enqueueFixture("CreateCloudPhoneNode");

    client.createCloudPhoneNode(CreateCloudPhoneNodeRequest.builder()
        .bizRegionId("cn-shanghai").serverType("cpm.gn6.gx1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("BizRegionId", "cn-shanghai"), entry("ServerType", "cpm.gn6.gx1"));
    assertThat(sent.form()).isEmpty();
  }

  @Test
  void deleteCloudPhoneNodes_nodeIds_flattenedInFormBody() {
    enqueueFixture("DeleteCloudPhoneNodes");

    DeleteCloudPhoneNodesResponse response = client.deleteCloudPhoneNodes(DeleteCloudPhoneNodesRequest.builder()
        .addNodeIds("cpn-1", "cpn-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteCloudPhoneNodes");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnly(entry("NodeIds.1", "cpn-1"), entry("NodeIds.2", "cpn-2"));
    assertFormContentType(sent);
    assertThat(response.requestId()).hasValue("B8ED2BA9-0C6A-5643-818F-B5D60A64****");
  }

  @Test
  void describeCloudPhoneNodes_filters_sentAsQueryAndSeedExampleParsedVerbatim() {
    enqueueFixture("DescribeCloudPhoneNodes");

    DescribeCloudPhoneNodesResponse response = client.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder()
        .bandwidthPackageId("cbwp-bp17psa7fhxqmm*****").bizRegionId("cn-hangzhou").chargeType("PrePaid")
        .maxResults(20).nextToken("AAAAAV3MpHK1AP0pfERHZN5pu6l5V9uONHqPtDLM2U8s****").addNodeIds("cpn-a", "cpn-b")
        .nodeName("node_name").serverType("cpm.gx7.10xlarge").status("RUNNING").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeCloudPhoneNodes");
    assertThat(operationQuery(sent)).containsOnly(entry("BandwidthPackageId", "cbwp-bp17psa7fhxqmm*****"),
        entry("BizRegionId", "cn-hangzhou"), entry("ChargeType", "PrePaid"), entry("MaxResults", "20"),
        entry("NextToken", "AAAAAV3MpHK1AP0pfERHZN5pu6l5V9uONHqPtDLM2U8s****"), entry("NodeIds.1", "cpn-a"),
        entry("NodeIds.2", "cpn-b"), entry("NodeName", "node_name"), entry("ServerType", "cpm.gx7.10xlarge"),
        entry("Status", "RUNNING"));
    assertThat(sent.form()).isEmpty();

    assertThat(response.requestId()).hasValue("F07A1DA1-E1EB-5CCA-8EED-12F85D32****");
    assertThat(response.totalCount()).hasValue(31L);
    assertThat(response.maxResults()).hasValue(20);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    CloudPhoneNode node = response.nodeModel().get(0);
    assertThat(node.nodeId()).hasValue("cpn-ehs0yoedq8ntm****");
    assertThat(node.status()).hasValue("RUNNING");
    assertThat(node.cpu()).hasValue("2");
    assertThat(node.memory()).hasValue(32);
    assertThat(node.phoneCount()).hasValue(25);
    assertThat(node.resolutionWidth()).hasValue(720);
    assertThat(node.vSwitchId()).hasValue("vsw-2zeekryyc1q3sm72l****");
    assertThat(node.gmtCreate()).hasValue("2024-11-13 02:03:14");
    assertThat(node.gmtExpired()).hasValue("2025-03-09 02:00:34");
    assertThat(node.phoneDataInfo().flatMap(p -> p.phoneDataVolume())).hasValue(20);
    assertThat(node.networkInfos()).extracting(n -> n.vSwitchId().orElseThrow(), n -> n.bandwidthPackageId().orElseThrow())
        .containsExactly(tuple("vsw-j6cjgev6fv3ftw4f0****", "cbwp-hn3tj409amvamz8mf****"));
    assertThat(node.bizTags()).containsExactly(tag("keyname", "valuename"));
    assertThat(node.bandwidthPackageStatus()).hasValue("1");
    assertThat(node.swapSize()).hasValue(0);
  }

  /** Documented drift: TotalCount and MaxResults arrive as strings from some endpoints. */
  @Test
  void describeCloudPhoneNodes_countsAsStrings_coerced() {
    enqueueJson(200, "{'TotalCount':'31','MaxResults':'20','NodeModel':[{'Cpu':8,'NodeId':'cpn-1'}]}".replace('\'', '"'));

    DescribeCloudPhoneNodesResponse response = client.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder().build());

    assertThat(operationQuery(takeRequest())).isEmpty();
    assertThat(response.totalCount()).hasValue(31L);
    assertThat(response.maxResults()).hasValue(20);
    assertThat(response.nodeModel().get(0).cpu()).hasValue("8");
    assertThat(response.nextToken()).isEmpty();
  }

  @Test
  void describeCloudPhoneNodesPaged_tokenWithPlusSlashStar_passedBackVerbatimUntilEmpty() {
    String token = "AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****";
    enqueueJson(200, ("{'NodeModel':[{'NodeId':'cpn-1'},{'NodeId':'cpn-2'}],'NextToken':'" + token + "'}").replace('\'', '"'));
    enqueueJson(200, "{'NodeModel':[{'NodeId':'cpn-3'}],'NextToken':''}".replace('\'', '"'));

    List<String> ids = client.describeCloudPhoneNodesPaged(DescribeCloudPhoneNodesRequest.builder().maxResults(2).build())
        .stream().map(n -> n.nodeId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("cpn-1", "cpn-2", "cpn-3");
    assertThat(operationQuery(takeRequest())).containsOnly(entry("MaxResults", "2"));
    assertThat(operationQuery(takeRequest())).containsOnly(entry("MaxResults", "2"), entry("NextToken", token));
  }

  @Test
  void expandDataVolume_parameters_sentAsQueryAndOrderParsed() {
    enqueueFixture("ExpandDataVolume");

    ExpandDataVolumeResponse response = client.expandDataVolume(ExpandDataVolumeRequest.builder()
        .autoPay(true).bizRegionId("cn-hangzhou").addNodeIds("cpn-1", "cpn-2").shareDataVolume(500).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ExpandDataVolume");
    assertThat(operationQuery(sent)).containsOnly(entry("AutoPay", "true"), entry("BizRegionId", "cn-hangzhou"),
        entry("NodeIds.1", "cpn-1"), entry("NodeIds.2", "cpn-2"), entry("ShareDataVolume", "500"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderId()).hasValue("22365781890****");
  }

  @Test
  void modifyCloudPhoneNode_nameAndStreamMode_sentAsQuery() {
    enqueueFixture("ModifyCloudPhoneNode");

    ModifyCloudPhoneNodeResponse response = client.modifyCloudPhoneNode(ModifyCloudPhoneNodeRequest.builder()
        .nodeId("cpn-0ugbptfu473fy****").newNodeName("node_name_new").streamMode(1).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyCloudPhoneNode");
    assertThat(operationQuery(sent)).containsOnly(entry("NodeId", "cpn-0ugbptfu473fy****"),
        entry("NewNodeName", "node_name_new"), entry("StreamMode", "1"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("F07A1DA1-E1EB-5CCA-8EED-12F85D32****");
  }

  @Test
  void renewCloudPhoneNodes_autoPayInQuery_restInFormBody() {
    enqueueFixture("RenewCloudPhoneNodes");

    RenewCloudPhoneNodesResponse response = client.renewCloudPhoneNodes(RenewCloudPhoneNodesRequest.builder()
        .autoPay(false).autoRenew(true).addNodeIds("cpn-1", "cpn-2").period(6).periodUnit("Month").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RenewCloudPhoneNodes");
    assertThat(operationQuery(sent)).containsOnly(entry("AutoPay", "false"));
    assertThat(sent.form()).containsOnly(entry("AutoRenew", "true"), entry("NodeIds.1", "cpn-1"),
        entry("NodeIds.2", "cpn-2"), entry("Period", "6"), entry("PeriodUnit", "Month"));
    assertFormContentType(sent);
    assertThat(response.orderId()).hasValue("223684716098****");
  }

  // ------------------------------------------------------------------------------------------ instance groups

  @Test
  void createAndroidInstanceGroup_everyParameter_sentAsQueryWithTagsFlattened() {
    enqueueFixture("CreateAndroidInstanceGroup");

    CreateAndroidInstanceGroupResponse response = client.createAndroidInstanceGroup(
        CreateAndroidInstanceGroupRequest.builder()
            .bizRegionId("cn-hangzhou").imageId("imgc-06zyt9m93zwax****").instanceGroupSpec("acp.basic.small")
            .amount(100).autoPay(true).autoRenew(false).chargeType("PostPaid").clientToken("asadbuvwiabdbvchj****")
            .enableIpv6(false).gpuAcceleration(true).instanceGroupName("Cloud phoneA").ipv6Bandwidth(50)
            .keyPairId("kp-7o9xywwfutc1l****").numberOfInstances(100).officeSiteId("cn-hangzhou+dir-745976****")
            .period(1).periodUnit("Month").policyGroupId("pg-b7bxrrwxkijjh****").addTag(tag("key", "value"))
            .vSwitchId("vsw-uf61uvzhz8ejaw776****")
            .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateAndroidInstanceGroup");
    assertThat(operationQuery(sent)).containsOnly(entry("Amount", "100"), entry("AutoPay", "true"),
        entry("AutoRenew", "false"), entry("BizRegionId", "cn-hangzhou"), entry("ChargeType", "PostPaid"),
        entry("ClientToken", "asadbuvwiabdbvchj****"), entry("EnableIpv6", "false"), entry("GpuAcceleration", "true"),
        entry("ImageId", "imgc-06zyt9m93zwax****"), entry("InstanceGroupName", "Cloud phoneA"),
        entry("InstanceGroupSpec", "acp.basic.small"), entry("Ipv6Bandwidth", "50"), entry("KeyPairId", "kp-7o9xywwfutc1l****"),
        entry("NumberOfInstances", "100"), entry("OfficeSiteId", "cn-hangzhou+dir-745976****"), entry("Period", "1"),
        entry("PeriodUnit", "Month"), entry("PolicyGroupId", "pg-b7bxrrwxkijjh****"), entry("Tag.1.Key", "key"),
        entry("Tag.1.Value", "value"), entry("VSwitchId", "vsw-uf61uvzhz8ejaw776****"));
    assertThat(sent.form()).isEmpty();

    assertThat(response.orderId()).hasValue("22365781890****");
    assertThat(response.instanceGroupIds()).containsExactly("ag-cuv4scs4obxch****");
    assertThat(response.instanceGroupInfos()).extracting(g -> g.instanceGroupId().orElseThrow(), g -> g.instanceIds())
        .containsExactly(tuple("ag-cuv4scs4obxch****", List.of("acp-2iowaqjyw9nrd****", "acp-2iowaqjyw9nre****")));
  }

  @Test
  void deleteAndroidInstanceGroup_ids_flattenedInQuery() {
    enqueueFixture("DeleteAndroidInstanceGroup");

    DeleteAndroidInstanceGroupResponse response = client.deleteAndroidInstanceGroup(
        DeleteAndroidInstanceGroupRequest.builder().addInstanceGroupIds("ag-1", "ag-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteAndroidInstanceGroup");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceGroupIds.1", "ag-1"), entry("InstanceGroupIds.2", "ag-2"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("0FA64E0B-3FD2-5E1F-8E9E-7A2B3E2C****");
  }

  @Test
  void describeAndroidInstanceGroups_filters_sentAsQueryAndGroupParsed() {
    enqueueFixture("DescribeAndroidInstanceGroups");

    DescribeAndroidInstanceGroupsResponse response = client.describeAndroidInstanceGroups(
        DescribeAndroidInstanceGroupsRequest.builder().bizRegionId("cn-hangzhou").chargeType("PrePaid")
            .addInstanceGroupIds("ag-25nt4kk9whhdh****").instanceGroupName("Cloud").keyPairId("kp-5htf0ymsrnb7q****")
            .maxResults(10).nextToken("tok+/*").policyGroupId("pg-1b77w6xrqfubi****").saleMode("Instance")
            .status("RUNNING").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeAndroidInstanceGroups");
    assertThat(operationQuery(sent)).containsOnly(entry("BizRegionId", "cn-hangzhou"), entry("ChargeType", "PrePaid"),
        entry("InstanceGroupIds.1", "ag-25nt4kk9whhdh****"), entry("InstanceGroupName", "Cloud"),
        entry("KeyPairId", "kp-5htf0ymsrnb7q****"), entry("MaxResults", "10"), entry("NextToken", "tok+/*"),
        entry("PolicyGroupId", "pg-1b77w6xrqfubi****"), entry("SaleMode", "Instance"), entry("Status", "RUNNING"));
    assertThat(sent.form()).isEmpty();

    assertThat(response.totalCount()).hasValue(10L);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6l5V9uONHqPtDLM2U8s+/*=");
    AndroidInstanceGroup group = response.instanceGroupModel().get(0);
    assertThat(group.instanceGroupId()).hasValue("ag-h67a2cs0zprfdh****");
    assertThat(group.instanceGroupStatus()).hasValue("RUNNING");
    assertThat(group.numberOfInstances()).hasValue("10");
    assertThat(group.availableInstanceAmount()).hasValue(2);
    assertThat(group.cpu()).hasValue("8");
    assertThat(group.disks()).extracting(d -> d.diskType().orElseThrow(), d -> d.diskSize().orElseThrow())
        .containsExactly(tuple("SYSTEM", 32));
    assertThat(group.vSwitchId()).hasValue("vsw-t4n0yqs009ho024wt****");
    assertThat(group.enableIpv6()).hasValue(false);
    assertThat(group.tags()).containsExactly(tag("phone", "2025"));
    assertThat(group.gmtExpired()).hasValue("2027-06-29 07:25:31");
    // The one camelCase field of the answer: BindQosRules.totalCount.
    assertThat(group.bindQosRules().flatMap(r -> r.totalCount())).hasValue(2);
    assertThat(group.bindQosRules().orElseThrow().instanceQosRule())
        .extracting(r -> r.instanceId().orElseThrow(), r -> r.qosRuleId().orElseThrow())
        .containsExactly(tuple("acp-h3m8b5dusopp5****", "qos-3kh93uu0vdbka****"));
  }

  @Test
  void describeAndroidInstanceGroupsPaged_twoPages_itemsInOrder() {
    enqueueJson(200, "{'InstanceGroupModel':[{'InstanceGroupId':'ag-1'}],'NextToken':'n+1/*','TotalCount':2}".replace('\'', '"'));
    enqueueJson(200, "{'InstanceGroupModel':[{'InstanceGroupId':'ag-2'}],'TotalCount':2}".replace('\'', '"'));

    List<String> ids = client.describeAndroidInstanceGroupsPaged(DescribeAndroidInstanceGroupsRequest.builder().build())
        .stream().map(g -> g.instanceGroupId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("ag-1", "ag-2");
    assertThat(operationQuery(takeRequest())).isEmpty();
    assertThat(operationQuery(takeRequest())).containsOnly(entry("NextToken", "n+1/*"));
  }

  @Test
  void downgradeAndroidInstanceGroup_instances_flattenedInQuery() {
    enqueueFixture("DowngradeAndroidInstanceGroup");

    DowngradeAndroidInstanceGroupResponse response = client.downgradeAndroidInstanceGroup(
        DowngradeAndroidInstanceGroupRequest.builder().instanceGroupId("ag-1").autoPay(true)
            .addAndroidInstanceIds("acp-1", "acp-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DowngradeAndroidInstanceGroup");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceGroupId", "ag-1"), entry("AutoPay", "true"),
        entry("AndroidInstanceIds.1", "acp-1"), entry("AndroidInstanceIds.2", "acp-2"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderId()).hasValue("223684716098****");
  }

  @Test
  void modifyAndroidInstanceGroup_nameAndPolicy_sentAsQuery() {
    enqueueFixture("ModifyAndroidInstanceGroup");

    ModifyAndroidInstanceGroupResponse response = client.modifyAndroidInstanceGroup(
        ModifyAndroidInstanceGroupRequest.builder().instanceGroupId("ag-cuv4scs4obxhs****").newInstanceGroupName("newName")
            .policyGroupId("pg-2w97kp89gnsif****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyAndroidInstanceGroup");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceGroupId", "ag-cuv4scs4obxhs****"),
        entry("NewInstanceGroupName", "newName"), entry("PolicyGroupId", "pg-2w97kp89gnsif****"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("2CD6E2B1-3D94-5E4B-A6E1-2E2B5AF4****");
  }

  @Test
  void modifyInstanceChargeType_toPrePaid_sentAsQueryAndSwitchedGroupsParsed() {
    enqueueFixture("ModifyInstanceChargeType");

    ModifyInstanceChargeTypeResponse response = client.modifyInstanceChargeType(ModifyInstanceChargeTypeRequest.builder()
        .chargeType("PrePaid").addInstanceGroupIds("ag-1", "ag-2").autoPay(true).autoRenew(true).period(1)
        .periodUnit("Year").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyInstanceChargeType");
    assertThat(operationQuery(sent)).containsOnly(entry("ChargeType", "PrePaid"), entry("InstanceGroupIds.1", "ag-1"),
        entry("InstanceGroupIds.2", "ag-2"), entry("AutoPay", "true"), entry("AutoRenew", "true"), entry("Period", "1"),
        entry("PeriodUnit", "Year"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderId()).hasValue("22365781890****");
    assertThat(response.instanceGroupIds()).containsExactly("ag-cuv4scs4obxch****", "ag-cuv4scs4obxci****");
  }

  @Test
  void renewAndroidInstanceGroups_parameters_sentAsQuery() {
    enqueueFixture("RenewAndroidInstanceGroups");

    RenewAndroidInstanceGroupsResponse response = client.renewAndroidInstanceGroups(
        RenewAndroidInstanceGroupsRequest.builder().autoPay(true).addInstanceGroupIds("ag-1").period(6)
            .periodUnit("Month").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RenewAndroidInstanceGroups");
    assertThat(operationQuery(sent)).containsOnly(entry("AutoPay", "true"), entry("InstanceGroupIds.1", "ag-1"),
        entry("Period", "6"), entry("PeriodUnit", "Month"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderId()).hasValue("223684716098****");
  }

  @Test
  void updateInstanceGroupImage_imageAndGroups_inFormBody() {
    enqueueFixture("UpdateInstanceGroupImage");

    UpdateInstanceGroupImageResponse response = client.updateInstanceGroupImage(UpdateInstanceGroupImageRequest.builder()
        .imageId("imgc-075cllfeuazh****").addInstanceGroupIds("ag-1", "ag-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("UpdateInstanceGroupImage");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnly(entry("ImageId", "imgc-075cllfeuazh****"), entry("InstanceGroupIds.1", "ag-1"),
        entry("InstanceGroupIds.2", "ag-2"));
    assertFormContentType(sent);
    assertThat(response.requestId()).hasValue("3E4F6A1B-92C4-5E0D-8B3A-1D2E4F5A****");
  }

  @Test
  void upgradeAndroidInstanceGroup_increase_sentAsQueryAndInstanceIdsKeptAsSentText() {
    enqueueFixture("UpgradeAndroidInstanceGroup");

    UpgradeAndroidInstanceGroupResponse response = client.upgradeAndroidInstanceGroup(
        UpgradeAndroidInstanceGroupRequest.builder().instanceGroupId("ag-asguicdjh****").increaseNumberOfInstance(2)
            .autoPay(true).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("UpgradeAndroidInstanceGroup");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceGroupId", "ag-asguicdjh****"),
        entry("IncreaseNumberOfInstance", "2"), entry("AutoPay", "true"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderId()).hasValue("223684716098****");
    assertThat(json(response.instanceIds().orElseThrow()))
        .isEqualTo(json("['acp-2iowaqjyw9nrd****','acp-2iowaqjyw9nre****']"));
  }

  // ------------------------------------------------------------------------------------------------ catalogue

  @Test
  void checkResourceStock_parameters_sentAsQueryAndStockParsed() {
    enqueueFixture("CheckResourceStock");

    CheckResourceStockResponse response = client.checkResourceStock(CheckResourceStockRequest.builder()
        .bizRegionId("cn-shanghai").acpSpecId("acp.basic.small").amount(2).gpuAcceleration(false)
        .zoneId("cn-shanghai-b").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CheckResourceStock");
    assertThat(operationQuery(sent)).containsOnly(entry("BizRegionId", "cn-shanghai"), entry("AcpSpecId", "acp.basic.small"),
        entry("Amount", "2"), entry("GpuAcceleration", "false"), entry("ZoneId", "cn-shanghai-b"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.resourceStockModels())
        .extracting(s -> s.regionId().orElseThrow(), s -> s.zoneId().orElseThrow(), s -> s.stockStatus().orElseThrow())
        .containsExactly(tuple("cn-shanghai", "cn-shanghai-b", "Available"));
  }

  @Test
  void describeRegions_languageAndSaleMode_sentAsQueryAndRegionsParsed() {
    enqueueFixture("DescribeRegions");

    DescribeRegionsResponse response = client.describeRegions(DescribeRegionsRequest.builder()
        .acceptLanguage("en-US").saleMode("Instance").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeRegions");
    assertThat(operationQuery(sent)).containsOnly(entry("AcceptLanguage", "en-US"), entry("SaleMode", "Instance"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("A87B3769-0D05-5383-B236-5798B455****");
    assertThat(response.regionModels()).extracting(r -> r.regionId().orElseThrow(), r -> r.regionName().orElseThrow())
        .containsExactly(tuple("cn-hangzhou", "China (Hangzhou)"), tuple("ap-southeast-1", "Singapore"));
  }

  @Test
  void describeSpec_filters_sentAsQueryAndSpecsParsed() {
    enqueueFixture("DescribeSpec");

    DescribeSpecResponse response = client.describeSpec(DescribeSpecRequest.builder().bizRegionId("cn-hangzhou")
        .matrixSpec("cpm.gn6.gx1").maxResults(100).nextToken("t").saleMode("Node").addSpecIds("acp.basic.small", "acp.perf.large")
        .specStatus("Available").specType("ARM").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeSpec");
    assertThat(operationQuery(sent)).containsOnly(entry("BizRegionId", "cn-hangzhou"), entry("MatrixSpec", "cpm.gn6.gx1"),
        entry("MaxResults", "100"), entry("NextToken", "t"), entry("SaleMode", "Node"),
        entry("SpecIds.1", "acp.basic.small"), entry("SpecIds.2", "acp.perf.large"), entry("SpecStatus", "Available"),
        entry("SpecType", "ARM"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.totalCount()).hasValue(4L);
    CloudPhoneSpec spec = response.specInfoModel().get(0);
    assertThat(spec.specId()).hasValue("acp.basic.small");
    assertThat(spec.core()).hasValue(8);
    assertThat(spec.systemDiskSize()).hasValue(32);
    assertThat(spec.minPhoneCount()).hasValue("4");
    assertThat(spec.maxPhoneCount()).hasValue("40");
  }

  // ---------------------------------------------------------------------------------------------- limits

  static Stream<Arguments> documentedLimits() {
    return Stream.of(
        limit("DescribeCloudPhoneNodes MaxResults 0", "MaxResults",
            c -> c.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder().maxResults(0).build())),
        limit("DescribeCloudPhoneNodes MaxResults 101", "MaxResults",
            c -> c.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder().maxResults(101).build())),
        limit("DescribeAndroidInstanceGroups MaxResults 101", "MaxResults",
            c -> c.describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest.builder().maxResults(101).build())),
        limit("DescribeSpec MaxResults 0", "MaxResults",
            c -> c.describeSpec(DescribeSpecRequest.builder().maxResults(0).build())),
        limit("CreateAndroidInstanceGroup Amount 101", "Amount",
            c -> c.createAndroidInstanceGroup(group().amount(101).build())),
        limit("CreateAndroidInstanceGroup Amount 0", "Amount",
            c -> c.createAndroidInstanceGroup(group().amount(0).build())),
        limit("CreateAndroidInstanceGroup NumberOfInstances 101", "NumberOfInstances",
            c -> c.createAndroidInstanceGroup(group().numberOfInstances(101).build())),
        limit("CreateAndroidInstanceGroup ClientToken 101 characters", "ClientToken",
            c -> c.createAndroidInstanceGroup(group().clientToken("t".repeat(101)).build())),
        limit("CreateAndroidInstanceGroup InstanceGroupName 31 characters", "InstanceGroupName",
            c -> c.createAndroidInstanceGroup(group().instanceGroupName("g".repeat(31)).build())),
        limit("ModifyAndroidInstanceGroup NewInstanceGroupName 31 characters", "NewInstanceGroupName",
            c -> c.modifyAndroidInstanceGroup(ModifyAndroidInstanceGroupRequest.builder()
                .instanceGroupId("ag-1").newInstanceGroupName("n".repeat(31)).build())),
        limit("CreateCloudPhoneNode DisplayConfig.Dpi 71", "DisplayConfig.Dpi",
            c -> c.createCloudPhoneNode(node().displayConfig(DisplayConfig.builder().dpi(71).build()).build())),
        limit("CreateCloudPhoneNode DisplayConfig.Dpi 601", "DisplayConfig.Dpi",
            c -> c.createCloudPhoneNode(node().displayConfig(DisplayConfig.builder().dpi(601).build()).build())),
        limit("CreateCloudPhoneNode NetworkInfo.AutoPay (CreateAndroidInstanceGroup only)", "NetworkInfo.AutoPay",
            c -> c.createCloudPhoneNode(node().networkInfo(NetworkInfo.builder().autoPay(true).build()).build())),
        limit("CreateCloudPhoneNode NetworkInfo.Period (CreateAndroidInstanceGroup only)", "NetworkInfo.Period",
            c -> c.createCloudPhoneNode(node().networkInfo(NetworkInfo.builder().period(1).build()).build())));
  }

  private interface ClientCall {
    void call(AlibabaCloudPhoneClient client);
  }

  private static Arguments limit(String name, String field, ClientCall call) {
    return Arguments.of(name, field, call);
  }

  private static CreateAndroidInstanceGroupRequest.Builder group() {
    return CreateAndroidInstanceGroupRequest.builder().bizRegionId("cn-hangzhou").imageId("imgc-1")
        .instanceGroupSpec("acp.basic.small");
  }

  private static CreateCloudPhoneNodeRequest.Builder node() {
    return CreateCloudPhoneNodeRequest.builder().bizRegionId("cn-hangzhou").serverType("cpm.gx7.10xlarge");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedLimits")
  void request_documentedLimitViolated_rejectedNamingFieldAndNothingSent(String name, String field, ClientCall call) {
    ThrowingCallable attempt = () -> call.call(client);
    assertThatThrownBy(attempt).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + " ");
    assertNothingSent();
  }

  @Test
  void createAndroidInstanceGroup_hundredGroupsOfHundred_acceptedAtTheLimit() {
    CreateAndroidInstanceGroupRequest request = group().amount(100).numberOfInstances(100)
        .clientToken("t".repeat(100)).instanceGroupName("g".repeat(30)).build();

    assertThat(request.amount()).hasValue(100);
    assertThat(request.numberOfInstances()).hasValue(100);
  }

  @Test
  void createCloudPhoneNode_serverTypeMissing_rejectedByBuilderAndNothingSent() {
    assertThatThrownBy(() -> client.createCloudPhoneNode(CreateCloudPhoneNodeRequest.builder().bizRegionId("cn-hangzhou").build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("serverType");
    assertNothingSent();
  }

  // ------------------------------------------------------------- parameters and fields added up to SDK 3.29.3

  @Test
  void changeCloudPhoneNode_sdk3293Parameters_inQueryWithDisplayConfigAsOneJsonStringAndOrderIdParsed() {
    enqueueFixture("ChangeCloudPhoneNode");

    ChangeCloudPhoneNodeResponse response = client.changeCloudPhoneNode(ChangeCloudPhoneNodeRequest.builder()
        .nodeId("cpn-1").autoPay(true).displayConfig(DisplayConfig.builder().dpi(320).resolutionWidth(1080)
            .resolutionHeight(1920).build())
        .downBandwidthLimit(30).phoneDataVolume(64).promotionId("promo-1").shareDataVolume(800).swapSize(4)
        .upBandwidthLimit(5).build());

    SentRpcRequest sent = takeRequest();
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("NodeId", "AutoPay", "DisplayConfig", "DownBandwidthLimit", "PhoneDataVolume",
        "PromotionId", "ShareDataVolume", "SwapSize", "UpBandwidthLimit");
    assertThat(query).contains(entry("AutoPay", "true"), entry("DownBandwidthLimit", "30"),
        entry("PhoneDataVolume", "64"), entry("PromotionId", "promo-1"), entry("ShareDataVolume", "800"),
        entry("SwapSize", "4"), entry("UpBandwidthLimit", "5"));
    assertThat(json(query.get("DisplayConfig")))
        .isEqualTo(json("{'Dpi':320,'ResolutionWidth':1080,'ResolutionHeight':1920}"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderId()).hasValue("223684716098****");
  }

  @Test
  void createCloudPhoneNode_sdk3293Parameters_paidCallBackUrlSpelledAsListedAndNetworkInfoKeepsItsOwnSpelling() {
    enqueueFixture("CreateCloudPhoneNode");

    client.createCloudPhoneNode(node().channelCookie("cookie-1").singleImgDisk(true)
        .paidCallBackUrl("https://example.com/paid").promotionId("promo-1").swapSize(2).useTemplate("true")
        .networkInfo(NetworkInfo.builder().limitedBandwidth(100).paidCallbackUrl("https://example.com/bw")
            .payType("PostPaid").visibleType("CPS").build())
        .build());

    SentRpcRequest sent = takeRequest();
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("BizRegionId", "ServerType", "ChannelCookie", "IsSingleImgDisk",
        "PaidCallBackUrl", "PromotionId", "SwapSize", "UseTemplate", "NetworkInfo");
    assertThat(query).contains(entry("ChannelCookie", "cookie-1"), entry("IsSingleImgDisk", "true"),
        entry("PaidCallBackUrl", "https://example.com/paid"), entry("PromotionId", "promo-1"),
        entry("SwapSize", "2"), entry("UseTemplate", "true"));
    assertThat(json(query.get("NetworkInfo"))).isEqualTo(json("{'LimitedBandwidth':100,"
        + "'PaidCallbackUrl':'https://example.com/bw','PayType':'PostPaid','VisibleType':'CPS'}"));
    assertThat(sent.form()).isEmpty();
  }

  @Test
  void describeCloudPhoneNodes_sortAndTagFilters_flattenedAsTagsNAndNewNodeFieldsParsed() {
    enqueueFixture("DescribeCloudPhoneNodes");

    DescribeCloudPhoneNodesResponse response = client.describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest.builder()
        .addNodeNameList("node-a", "node-b").sortKey("GmtCreate").sortType("Desc")
        .addTags(tag("team", "qa"), tag("env", "test")).build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("NodeNameList.1", "node-a"), entry("NodeNameList.2", "node-b"),
        entry("SortKey", "GmtCreate"), entry("SortType", "Desc"), entry("Tags.1.Key", "team"),
        entry("Tags.1.Value", "qa"), entry("Tags.2.Key", "env"), entry("Tags.2.Value", "test"));
    assertThat(sent.form()).isEmpty();

    CloudPhoneNode node = response.nodeModel().get(0);
    assertThat(node.channel()).hasValue("aliyun");
    assertThat(node.packageId()).hasValue("pkg-0c8l2vgu5jh9t****");
    assertThat(node.tags()).containsExactly(tag("team", "qa"));
    assertThat(node.bandwidthPackageStatus()).hasValue("1");
    assertThat(node.swapSize()).hasValue(0);
  }

  @Test
  void expandDataVolume_sdk3293Parameters_sentAsQuery() {
    enqueueFixture("ExpandDataVolume");

    client.expandDataVolume(ExpandDataVolumeRequest.builder().addNodeIds("cpn-1").phoneDataVolume(64)
        .paidCallBackUrl("https://example.com/paid").promotionId("promo-1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("NodeIds.1", "cpn-1"), entry("PhoneDataVolume", "64"),
        entry("PaidCallBackUrl", "https://example.com/paid"), entry("PromotionId", "promo-1"));
    assertThat(sent.form()).isEmpty();
  }

  @Test
  void renewCloudPhoneNodes_paidCallBackUrlAndPromotion_inQueryWhileRenewalStaysInForm() {
    enqueueFixture("RenewCloudPhoneNodes");

    client.renewCloudPhoneNodes(RenewCloudPhoneNodesRequest.builder().addNodeIds("cpn-1").period(1).periodUnit("Month")
        .paidCallBackUrl("https://example.com/paid").promotionId("promo-1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("PaidCallBackUrl", "https://example.com/paid"),
        entry("PromotionId", "promo-1"));
    assertThat(sent.form()).containsOnly(entry("NodeIds.1", "cpn-1"), entry("Period", "1"), entry("PeriodUnit", "Month"));
  }

  @Test
  void createAndroidInstanceGroup_networkInfo_oneJsonStringInQueryWithEveryFieldAndBandwidthOrderParsed() {
    enqueueFixture("CreateAndroidInstanceGroup");

    CreateAndroidInstanceGroupResponse response = client.createAndroidInstanceGroup(group()
        .bandwidthPackageId("np-1").bandwidthPackageType("cbwp_ecd").channelCookie("cookie-1").instanceVersion("v2")
        .networkType("network_pro_ecd").paidCallBackUrl("https://example.com/paid").promotionId("promo-1")
        .saleMode("Instance").streamMode(1)
        .networkInfo(NetworkInfo.builder().autoPay(true).autoRenew(false).bandwidthPackageName("bw-1")
            .cidrBlock("10.10.13.0/24").internetChargeType("PayByBandwidth").ipRatio(2).isp("BGP")
            .limitedBandwidth(200).paidCallbackUrl("https://example.com/bw").payType("PrePaid").period(1)
            .periodUnit("Month").promotionId("promo-2").visibleType("CPS").build())
        .build());

    SentRpcRequest sent = takeRequest();
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("BizRegionId", "ImageId", "InstanceGroupSpec", "BandwidthPackageId",
        "BandwidthPackageType", "ChannelCookie", "InstanceVersion", "NetworkInfo", "NetworkType", "PaidCallBackUrl",
        "PromotionId", "SaleMode", "StreamMode");
    assertThat(query).contains(entry("BandwidthPackageId", "np-1"), entry("BandwidthPackageType", "cbwp_ecd"),
        entry("ChannelCookie", "cookie-1"), entry("InstanceVersion", "v2"), entry("NetworkType", "network_pro_ecd"),
        entry("PaidCallBackUrl", "https://example.com/paid"), entry("PromotionId", "promo-1"),
        entry("SaleMode", "Instance"), entry("StreamMode", "1"));
    // PaidCallBackUrl at the top, PaidCallbackUrl inside the JSON: both spellings are the service's.
    assertThat(json(query.get("NetworkInfo"))).isEqualTo(json("{'AutoPay':true,'AutoRenew':false,"
        + "'BandwidthPackageName':'bw-1','CidrBlock':'10.10.13.0/24','InternetChargeType':'PayByBandwidth',"
        + "'IpRatio':2,'Isp':'BGP','LimitedBandwidth':200,'PaidCallbackUrl':'https://example.com/bw',"
        + "'PayType':'PrePaid','Period':1,'PeriodUnit':'Month','PromotionId':'promo-2','VisibleType':'CPS'}"));
    assertThat(sent.form()).isEmpty();

    NetworkPackageOrder order = response.networkPackageOrderModel().orElseThrow();
    assertThat(order.bandwidthPackageId()).hasValue("np-6zzunyz8kpfbn****");
    assertThat(order.bandwidthPackageOrderId()).hasValue("22368471610****");
  }

  @Test
  void createAndroidInstanceGroup_emptyNetworkInfo_notSent() {
    enqueueFixture("CreateAndroidInstanceGroup");

    client.createAndroidInstanceGroup(group().networkInfo(NetworkInfo.builder().build()).build());

    assertThat(operationQuery(takeRequest())).containsOnlyKeys("BizRegionId", "ImageId", "InstanceGroupSpec");
  }

  @Test
  void describeAndroidInstanceGroups_sortTagAndVersionFilters_inQueryAndNewGroupFieldsParsed() {
    enqueueFixture("DescribeAndroidInstanceGroups");

    DescribeAndroidInstanceGroupsResponse response = client.describeAndroidInstanceGroups(
        DescribeAndroidInstanceGroupsRequest.builder().instanceVersion("v2").sortKey("GmtCreate").sortType("Asc")
            .addTags(tag("phone", "2025")).build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceVersion", "v2"), entry("SortKey", "GmtCreate"),
        entry("SortType", "Asc"), entry("Tags.1.Key", "phone"), entry("Tags.1.Value", "2025"));
    assertThat(sent.form()).isEmpty();

    AndroidInstanceGroup group = response.instanceGroupModel().get(0);
    assertThat(group.channel()).hasValue("aliyun");
    assertThat(group.packageId()).hasValue("pkg-0c8l2vgu5jh9u****");
    assertThat(group.bandwidthPackageId()).hasValue("np-0q6ixs7vpxciz****");
    assertThat(group.bandwidthPackageStatus()).hasValue("InUse");
    assertThat(group.bandwidthPackageType()).isPresent();
    assertThat(group.imageVersion()).isPresent();
    assertThat(group.networkType()).isPresent();
    assertThat(group.zoneId()).isPresent();
  }

  @Test
  void modifyAndroidInstanceGroup_streamMode_sentAsQuery() {
    enqueueFixture("ModifyAndroidInstanceGroup");

    client.modifyAndroidInstanceGroup(ModifyAndroidInstanceGroupRequest.builder().instanceGroupId("ag-1").streamMode(0)
        .build());

    assertThat(operationQuery(takeRequest())).containsOnly(entry("InstanceGroupId", "ag-1"), entry("StreamMode", "0"));
  }

  @Test
  void modifyInstanceChargeType_promotionId_sentAsQuery() {
    enqueueFixture("ModifyInstanceChargeType");

    client.modifyInstanceChargeType(ModifyInstanceChargeTypeRequest.builder().chargeType("PrePaid")
        .addInstanceGroupIds("ag-1").promotionId("promo-1").build());

    assertThat(operationQuery(takeRequest())).containsOnly(entry("ChargeType", "PrePaid"),
        entry("InstanceGroupIds.1", "ag-1"), entry("PromotionId", "promo-1"));
  }

  @Test
  void renewAndroidInstanceGroups_paidCallBackUrlAndPromotion_sentAsQuery() {
    enqueueFixture("RenewAndroidInstanceGroups");

    client.renewAndroidInstanceGroups(RenewAndroidInstanceGroupsRequest.builder().addInstanceGroupIds("ag-1")
        .paidCallBackUrl("https://example.com/paid").promotionId("promo-1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceGroupIds.1", "ag-1"),
        entry("PaidCallBackUrl", "https://example.com/paid"), entry("PromotionId", "promo-1"));
    assertThat(sent.form()).isEmpty();
  }

  @Test
  void upgradeAndroidInstanceGroup_paidCallBackUrlAndPromotion_sentAsQuery() {
    enqueueFixture("UpgradeAndroidInstanceGroup");

    client.upgradeAndroidInstanceGroup(UpgradeAndroidInstanceGroupRequest.builder().instanceGroupId("ag-1")
        .increaseNumberOfInstance(1).paidCallBackUrl("https://example.com/paid").promotionId("promo-1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceGroupId", "ag-1"),
        entry("IncreaseNumberOfInstance", "1"), entry("PaidCallBackUrl", "https://example.com/paid"),
        entry("PromotionId", "promo-1"));
    assertThat(sent.form()).isEmpty();
  }

  @Test
  void describeSpec_chargeType_sentAsQuery() {
    enqueueFixture("DescribeSpec");

    client.describeSpec(DescribeSpecRequest.builder().chargeType("PostPaid").build());

    assertThat(operationQuery(takeRequest())).containsOnly(entry("ChargeType", "PostPaid"));
  }

  @Test
  void createAndroidInstanceGroup_tagWithNothingSet_droppedAndNumberingStaysDense() {
    enqueueFixture("CreateAndroidInstanceGroup");

    client.createAndroidInstanceGroup(group().addTag(Tag.builder().build(), tag("env", "test")).build());

    assertThat(operationQuery(takeRequest())).containsOnly(entry("BizRegionId", "cn-hangzhou"),
        entry("ImageId", "imgc-1"), entry("InstanceGroupSpec", "acp.basic.small"), entry("Tag.1.Key", "env"),
        entry("Tag.1.Value", "test"));
  }
}
