package io.cloudphone.alibaba;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.model.AccessPolicy;
import io.cloudphone.alibaba.model.CreateCustomImageRequest;
import io.cloudphone.alibaba.model.CreateCustomImageResponse;
import io.cloudphone.alibaba.model.CreatePolicyGroupRequest;
import io.cloudphone.alibaba.model.CreatePolicyGroupResponse;
import io.cloudphone.alibaba.model.DeleteImagesRequest;
import io.cloudphone.alibaba.model.DeleteImagesResponse;
import io.cloudphone.alibaba.model.DeletePolicyGroupRequest;
import io.cloudphone.alibaba.model.DeletePolicyGroupResponse;
import io.cloudphone.alibaba.model.DescribeImageListRequest;
import io.cloudphone.alibaba.model.DescribeImageListResponse;
import io.cloudphone.alibaba.model.DistributeImageRequest;
import io.cloudphone.alibaba.model.DistributeImageResponse;
import io.cloudphone.alibaba.model.Image;
import io.cloudphone.alibaba.model.ListPolicyGroupsRequest;
import io.cloudphone.alibaba.model.ListPolicyGroupsResponse;
import io.cloudphone.alibaba.model.ModifyPolicyGroupRequest;
import io.cloudphone.alibaba.model.ModifyPolicyGroupResponse;
import io.cloudphone.alibaba.model.NetRedirectPolicy;
import io.cloudphone.alibaba.model.NetRedirectRule;
import io.cloudphone.alibaba.model.PolicyGroup;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.alibaba.model.UpdateCustomImageNameRequest;
import io.cloudphone.alibaba.model.UpdateCustomImageNameResponse;
import io.cloudphone.alibaba.model.Watermark;
import java.util.Collections;
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
 * Wire tests of the image and policy operations of eds-aic 2023-09-30.
 *
 * <p>Every fixture is built from the reference's field tables and examples (the pages show no complete example
 * answer for these operations). Quirks kept: {@code DeleteImages} takes its ids as one JSON array string, the
 * policy operations take {@code NetRedirectPolicy} and {@code Watermark} as JSON strings but answer with them
 * as objects, {@code ListPolicyGroups} names its list {@code PolicyGroupModel} and calls the resolution
 * {@code SessionResolutionWidth}/{@code Height}, and {@code ImageRegionDistributeMap} is keyed by region id.
 * {@code ListPolicyGroups} carries the {@code AccessPolicies} added up to SDK 3.29.3, from the field table.
 */
class ImageAndPolicyOperationsTest extends AlibabaWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId", "SignatureMethod",
      "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken", "RegionId");
  private static final String IMAGE = "imgc-075cllfeuazh0****";
  private static final String POLICY = "pg-0bjyfo7ytyz0j****";

  // --- images -----------------------------------------------------------------------------------------------

  @Test
  void createCustomImage_withToken_sendsEveryFieldInTheFormBody() {
    enqueueFixture("CreateCustomImage");

    CreateCustomImageResponse response = client.createCustomImage(CreateCustomImageRequest.builder()
        .clientToken("0c593ea1-3bea-11e9-b96b-88e9fe63****").description("from phone 1").imageName("my-image")
        .instanceId("acp-34pqe4r0kd9kn****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateCustomImage");
    assertThat(sent.form()).isEqualTo(Map.of("ClientToken", "0c593ea1-3bea-11e9-b96b-88e9fe63****",
        "Description", "from phone 1", "ImageName", "my-image", "InstanceId", "acp-34pqe4r0kd9kn****"));
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(response.imageId()).contains(IMAGE);
  }

  @Test
  void deleteImages_twoIds_sendsOneJsonArrayStringAndParsesOutcome() throws Exception {
    enqueueFixture("DeleteImages");

    DeleteImagesResponse response = client.deleteImages(
        DeleteImagesRequest.builder().addImageIds(IMAGE, "imgc-06zyt9m93zwax****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteImages");
    assertThat(sent.form()).containsOnlyKeys("ImageIds");
    assertThat(JSON.readTree(sent.form().get("ImageIds")))
        .isEqualTo(JSON.readTree("[\"" + IMAGE + "\",\"imgc-06zyt9m93zwax****\"]"));
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(response.data()).hasValueSatisfying(data -> {
      assertThat(data.successDeleteImageIds()).containsExactly(IMAGE);
      assertThat(data.failDeleteImageIds()).containsExactly("imgc-06zyt9m93zwax****");
    });
  }

  @Test
  void describeImageList_everyFilter_splitsQueryAndFormAndFlattensBizTags() {
    enqueueFixture("DescribeImageList");

    DescribeImageListResponse response = client.describeImageList(DescribeImageListRequest.builder()
        .addImageBizTags(Tag.builder().key("scene").value("game").build()).imageId(IMAGE).imageName("my-image")
        .imagePackageType("Full").imageType("User").instanceType("acp.basic.small").maxResults(100)
        .nextToken("next").status("AVAILABLE").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeImageList");
    assertThat(operationQuery(sent)).isEqualTo(Map.of("ImageBizTags.1.Key", "scene",
        "ImageBizTags.1.Value", "game", "ImagePackageType", "Full", "InstanceType", "acp.basic.small"));
    assertThat(sent.form()).isEqualTo(Map.of("ImageId", IMAGE, "ImageName", "my-image", "ImageType", "User",
        "MaxResults", "100", "NextToken", "next", "Status", "AVAILABLE"));
    assertThat(response.totalCount()).contains(1L);
    assertThat(response.nextToken()).contains("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    Image image = response.data().get(0);
    assertThat(image.imageId()).contains(IMAGE);
    assertThat(image.imageType()).contains("User");
    assertThat(image.status()).contains("AVAILABLE");
    assertThat(image.aliUid()).contains(1234567890123456L);
    assertThat(image.imageBizTags()).containsExactly(Tag.builder().key("scene").value("game").build());
    assertThat(image.imageRegionList()).containsExactly("cn-hangzhou", "cn-shanghai");
    assertThat(image.imageRegionDistributeMap()).containsOnlyKeys("cn-shanghai");
    assertThat(image.imageRegionDistributeMap().get("cn-shanghai").distributeStatus()).contains("CREATING");
    assertThat(image.imageRegionDistributeMap().get("cn-shanghai").progress()).contains("40%");
  }

  @Test
  void distributeImage_twoRegions_flattensRegionsInTheFormBody() {
    enqueueFixture("DistributeImage");

    DistributeImageResponse response = client.distributeImage(DistributeImageRequest.builder().imageId(IMAGE)
        .addDistributeRegionList("cn-shanghai", "cn-beijing").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DistributeImage");
    assertThat(sent.form()).isEqualTo(Map.of("ImageId", IMAGE, "DistributeRegionList.1", "cn-shanghai",
        "DistributeRegionList.2", "cn-beijing"));
    assertThat(response.requestId()).isPresent();
  }

  @Test
  void updateCustomImageName_newName_sendsIdAndNameInTheFormBody() {
    enqueueFixture("UpdateCustomImageName");

    UpdateCustomImageNameResponse response = client.updateCustomImageName(
        UpdateCustomImageNameRequest.builder().imageId(IMAGE).imageName("renamed").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("UpdateCustomImageName");
    assertThat(sent.form()).isEqualTo(Map.of("ImageId", IMAGE, "ImageName", "renamed"));
    assertThat(response.requestId()).isPresent();
  }

  // --- policies ---------------------------------------------------------------------------------------------

  @Test
  void createPolicyGroup_everySetting_sendsNestedSettingsAsJsonStrings() throws Exception {
    enqueueFixture("CreatePolicyGroup");

    CreatePolicyGroupResponse response = client.createPolicyGroup(CreatePolicyGroupRequest.builder()
        .cameraRedirect("on").clipboard("readwrite").html5FileTransfer("download").localDrive("read")
        .lockResolution("off").netRedirectPolicy(proxy()).policyGroupName("default-policy").policyType("Default")
        .resolutionHeight(1280).resolutionWidth(720).watermark(watermark()).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreatePolicyGroup");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsAllEntriesOf(Map.ofEntries(entry("CameraRedirect", "on"),
        entry("Clipboard", "readwrite"), entry("Html5FileTransfer", "download"), entry("LocalDrive", "read"),
        entry("LockResolution", "off"), entry("PolicyGroupName", "default-policy"), entry("PolicyType", "Default"),
        entry("ResolutionHeight", "1280"), entry("ResolutionWidth", "720")));
    assertThat(sent.form()).hasSize(11);
    assertThat(JSON.readTree(sent.form().get("NetRedirectPolicy"))).isEqualTo(JSON.readTree("{\"NetRedirect\":\"on\","
        + "\"CustomProxy\":\"on\",\"ProxyType\":\"socks5\",\"HostAddr\":\"192.0.2.10\",\"Port\":\"1080\","
        + "\"ProxyUserName\":\"proxyuser\",\"ProxyPassword\":\"proxy-secret\","
        + "\"Rules\":[{\"RuleType\":\"prc\",\"Target\":\"com.example.demo\"}]}"));
    assertThat(JSON.readTree(sent.form().get("Watermark"))).isEqualTo(JSON.readTree("{\"WatermarkSwitch\":\"on\","
        + "\"WatermarkTypes\":[\"EndUserId\"],\"WatermarkCustomText\":\"internal\",\"WatermarkColor\":0,"
        + "\"WatermarkFontSize\":20,\"WatermarkTransparencyValue\":10}"));
    assertThat(response.policyGroupId()).contains(POLICY);
  }

  @Test
  void createPolicyGroup_proxyPassword_isRedactedFromToString() {
    assertThat(proxy().toString()).contains("proxyuser").doesNotContain("proxy-secret");
  }

  @Test
  void deletePolicyGroup_twoIds_flattensIdsInTheQuery() {
    enqueueFixture("DeletePolicyGroup");

    DeletePolicyGroupResponse response = client.deletePolicyGroup(
        DeletePolicyGroupRequest.builder().addPolicyGroupIds(POLICY, "pg-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeletePolicyGroup");
    assertThat(operationQuery(sent)).isEqualTo(Map.of("PolicyGroupIds.1", POLICY, "PolicyGroupIds.2", "pg-2"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).isPresent();
  }

  @Test
  void listPolicyGroups_everyFilter_sendsFormAndParsesNestedSettings() {
    enqueueFixture("ListPolicyGroups");

    ListPolicyGroupsResponse response = client.listPolicyGroups(ListPolicyGroupsRequest.builder().maxResults(20)
        .nextToken("next").addPolicyGroupIds(POLICY).policyGroupName("default-policy").policyType("Default")
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ListPolicyGroups");
    assertThat(sent.form()).isEqualTo(Map.of("MaxResults", "20", "NextToken", "next", "PolicyGroupIds.1", POLICY,
        "PolicyGroupName", "default-policy", "PolicyType", "Default"));
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(response.totalCount()).contains(1L);
    PolicyGroup policy = response.policyGroupModel().get(0);
    assertThat(policy.policyGroupId()).contains(POLICY);
    assertThat(policy.clipboard()).contains("readwrite");
    assertThat(policy.sessionResolutionWidth()).contains(720);
    assertThat(policy.sessionResolutionHeight()).contains(1280);
    NetRedirectPolicy proxy = policy.netRedirectPolicy().orElseThrow();
    assertThat(proxy.port()).contains("1080");
    assertThat(proxy.rules()).extracting(rule -> rule.target().orElseThrow())
        .containsExactly("com.example.demo", "example.com");
    assertThat(policy.watermark().orElseThrow().watermarkTypes()).containsExactly("EndUserId", "Custom");
    assertThat(policy.policyRelatedResources().orElseThrow().androidInstanceGroupIds())
        .containsExactly("ag-25nt4kk9whjh****");
  }

  @Test
  void modifyPolicyGroup_watermarkOnly_sendsIdAndWatermarkJsonAndNoEmptyProxy() throws Exception {
    enqueueFixture("ModifyPolicyGroup");

    ModifyPolicyGroupResponse response = client.modifyPolicyGroup(ModifyPolicyGroupRequest.builder()
        .policyGroupId(POLICY).policyGroupName("renamed").watermark(Watermark.builder().watermarkSwitch("off").build())
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyPolicyGroup");
    assertThat(sent.form()).containsOnlyKeys("PolicyGroupId", "PolicyGroupName", "Watermark");
    assertThat(sent.form()).containsEntry("PolicyGroupId", POLICY).containsEntry("PolicyGroupName", "renamed");
    assertThat(JSON.readTree(sent.form().get("Watermark")))
        .isEqualTo(JSON.readTree("{\"WatermarkSwitch\":\"off\"}"));
    assertThat(response.requestId()).isPresent();
  }

  // --- documented limits ------------------------------------------------------------------------------------

  static Stream<Arguments> violatedLimits() {
    List<NetRedirectRule> rules = Collections.nCopies(101,
        NetRedirectRule.builder().ruleType("domain").target("example.com").build());
    return Stream.of(
        invalid("DescribeImageList MaxResults 0", "MaxResults",
            c -> c.describeImageList(DescribeImageListRequest.builder().imageType("User").maxResults(0).build())),
        invalid("DescribeImageList MaxResults 101", "MaxResults",
            c -> c.describeImageList(DescribeImageListRequest.builder().imageType("User").maxResults(101).build())),
        invalid("ListPolicyGroups MaxResults 500", "MaxResults",
            c -> c.listPolicyGroups(ListPolicyGroupsRequest.builder().maxResults(500).build())),
        invalid("CreateCustomImage ClientToken of 65 characters", "ClientToken",
            c -> c.createCustomImage(CreateCustomImageRequest.builder().imageName("i").instanceId("acp-1")
                .clientToken("t".repeat(65)).build())),
        invalid("DeleteImages with no id", "ImageIds",
            c -> c.deleteImages(DeleteImagesRequest.builder().build())),
        invalid("DistributeImage with no region", "DistributeRegionList",
            c -> c.distributeImage(DistributeImageRequest.builder().imageId(IMAGE).build())),
        invalid("DeletePolicyGroup with no id", "PolicyGroupIds",
            c -> c.deletePolicyGroup(DeletePolicyGroupRequest.builder().build())),
        invalid("CreatePolicyGroup with 101 proxy rules", "NetRedirectPolicy.Rules",
            c -> c.createPolicyGroup(CreatePolicyGroupRequest.builder()
                .netRedirectPolicy(NetRedirectPolicy.builder().addAllRules(rules).build()).build())),
        invalid("ModifyPolicyGroup with a 257-character proxy user", "NetRedirectPolicy.ProxyUserName",
            c -> c.modifyPolicyGroup(ModifyPolicyGroupRequest.builder().policyGroupId(POLICY)
                .netRedirectPolicy(NetRedirectPolicy.builder().proxyUserName("u".repeat(257)).build()).build())),
        invalid("CreatePolicyGroup with an empty proxy password", "NetRedirectPolicy.ProxyPassword",
            c -> c.createPolicyGroup(CreatePolicyGroupRequest.builder()
                .netRedirectPolicy(NetRedirectPolicy.builder().proxyPassword("").build()).build())));
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
  void listPolicyGroups_answerWithMoreThanHundredRules_isStillRead() {
    String rule = "{\"RuleType\":\"domain\",\"Target\":\"example.com\"}";
    String rules = String.join(",", IntStream.range(0, 101).mapToObj(i -> rule).toList());
    enqueueJson(200, "{\"PolicyGroupModel\":[{\"NetRedirectPolicy\":{\"Rules\":[" + rules + "]}}]}");

    ListPolicyGroupsResponse response = client.listPolicyGroups(ListPolicyGroupsRequest.builder().build());

    takeRequest();
    assertThat(response.policyGroupModel().get(0).netRedirectPolicy().orElseThrow().rules()).hasSize(101);
  }

  private static NetRedirectPolicy proxy() {
    return NetRedirectPolicy.builder().netRedirect("on").customProxy("on").proxyType("socks5")
        .hostAddr("192.0.2.10").port("1080").proxyUserName("proxyuser").proxyPassword("proxy-secret")
        .addRules(NetRedirectRule.builder().ruleType("prc").target("com.example.demo").build()).build();
  }

  private static Watermark watermark() {
    return Watermark.builder().watermarkSwitch("on").addWatermarkTypes("EndUserId").watermarkCustomText("internal")
        .watermarkColor(0).watermarkFontSize(20).watermarkTransparencyValue(10).build();
  }

  private static Arguments invalid(String name, String field, Consumer<AlibabaCloudPhoneClient> call) {
    return Arguments.of(named(name, call), field);
  }

  /** The query parameters the operation itself sent, without the signing and protocol parameters. */
  private static Map<String, String> operationQuery(SentRpcRequest sent) {
    Map<String, String> params = new TreeMap<>(sent.query());
    params.keySet().removeAll(COMMON);
    return params;
  }

  // ------------------------------------------------------------- parameters and fields added up to SDK 3.29.3

  @Test
  void describeImageList_systemType_sentInQueryBesideTheOtherQueryFilters() {
    enqueueFixture("DescribeImageList");

    client.describeImageList(DescribeImageListRequest.builder().imageType("System").systemType("Android 12").build());

    SentRpcRequest sent = takeRequest();
    assertThat(operationQuery(sent)).isEqualTo(Map.of("SystemType", "Android 12"));
    assertThat(sent.form()).isEqualTo(Map.of("ImageType", "System"));
  }

  @Test
  void listPolicyGroups_accessPolicies_parsedPerPolicy() {
    enqueueFixture("ListPolicyGroups");

    List<AccessPolicy> rules = client.listPolicyGroups(ListPolicyGroupsRequest.builder().build())
        .policyGroupModel().get(0).accessPolicies();

    takeRequest();
    assertThat(rules).containsExactly(AccessPolicy.builder().accessPolicyRuleId(10001L).cidrIp("192.0.2.0/24")
        .description("office").policy("accept").priority(1).build());
  }

  @Test
  void createPolicyGroup_proxyWithoutRulesAndWatermarkWithoutTypes_jsonStringsCarryNoEmptyLists() throws Exception {
    enqueueFixture("CreatePolicyGroup");

    client.createPolicyGroup(CreatePolicyGroupRequest.builder()
        .netRedirectPolicy(NetRedirectPolicy.builder().netRedirect("on").build())
        .watermark(Watermark.builder().watermarkSwitch("on").build()).build());

    SentRpcRequest sent = takeRequest();
    assertThat(JSON.readTree(sent.form().get("NetRedirectPolicy"))).isEqualTo(JSON.readTree("{\"NetRedirect\":\"on\"}"));
    assertThat(JSON.readTree(sent.form().get("Watermark"))).isEqualTo(JSON.readTree("{\"WatermarkSwitch\":\"on\"}"));
  }
}
