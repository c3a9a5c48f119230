package io.cloudphone.alibaba;

import static io.cloudphone.alibaba.WireParams.operationQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cloudphone.alibaba.model.AdbAttribute;
import io.cloudphone.alibaba.model.CreateAICloudPhoneRequest;
import io.cloudphone.alibaba.model.CreateAICloudPhoneResponse;
import io.cloudphone.alibaba.model.ExpandPhoneDataVolumeRequest;
import io.cloudphone.alibaba.model.ExpandPhoneDataVolumeResponse;
import io.cloudphone.alibaba.model.ImportImageRequest;
import io.cloudphone.alibaba.model.ImportImageResponse;
import io.cloudphone.alibaba.model.InstanceHealerRequest;
import io.cloudphone.alibaba.model.InstanceHealerResponse;
import io.cloudphone.alibaba.model.ListInstanceAdbAttributesRequest;
import io.cloudphone.alibaba.model.ListInstanceAdbAttributesResponse;
import io.cloudphone.alibaba.model.ModifyInstanceGroupSpecRequest;
import io.cloudphone.alibaba.model.ModifyInstanceGroupSpecResponse;
import io.cloudphone.alibaba.model.RunSyncCommandRequest;
import io.cloudphone.alibaba.model.RunSyncCommandResponse;
import io.cloudphone.alibaba.model.StartInstanceAdbRequest;
import io.cloudphone.alibaba.model.StartInstanceAdbResponse;
import io.cloudphone.alibaba.model.StopInstanceAdbRequest;
import io.cloudphone.alibaba.model.StopInstanceAdbResponse;
import io.cloudphone.alibaba.model.SyncCommandResult;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The newer node, instance-group, instance (ADB, healer), image and synchronous-command operations on the wire:
 * every parameter in the query (the official SDK 3.29.3 puts none of them in a form body), lists flattened, the
 * answers parsed into typed models, and documented limits refused before anything is sent.
 *
 * <p>Fixtures: {@code ExpandPhoneDataVolume}, {@code ModifyInstanceGroupSpec}, {@code StartInstanceAdb},
 * {@code StopInstanceAdb}, {@code ImportImage} and {@code InstanceHealer} are Alibaba's documented example responses
 * verbatim;
 * {@code RunSyncCommand} is the documented example (it carries {@code TotalCount} as the string {@code "31"});
 * {@code ListInstanceAdbAttributes} is assembled from the documented per-field example values; {@code
 * CreateAICloudPhone} is built from the field table of the official SDK's response class (the reference's example
 * was not retrievable; its documented request values are used in the test).
 */
class OrderAdbImageAndSyncCommandOperationsTest extends AlibabaWireTest {

  @Test
  void expandPhoneDataVolume_everyParameter_queryWithPaidCallBackUrlSpellingAndOrderParsed() {
    enqueueFixture("ExpandPhoneDataVolume");

    ExpandPhoneDataVolumeResponse response = client.expandPhoneDataVolume(ExpandPhoneDataVolumeRequest.builder()
        .autoPay(false).bizRegionId("cn-hangzhou").addInstanceIds("cpn-aw14zoevk6809****", "cpn-2")
        .paidCallBackUrl("https://example.com/paid").phoneDataVolume(10).promotionId("50003308011****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ExpandPhoneDataVolume");
    // This operation spells the callback PaidCallBackUrl (capital B); others use PaidCallbackUrl.
    assertThat(operationQuery(sent)).containsOnly(entry("AutoPay", "false"), entry("BizRegionId", "cn-hangzhou"),
        entry("InstanceIds.1", "cpn-aw14zoevk6809****"), entry("InstanceIds.2", "cpn-2"),
        entry("PaidCallBackUrl", "https://example.com/paid"), entry("PhoneDataVolume", "10"),
        entry("PromotionId", "50003308011****"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("DB070C80-45AC-52CA-8101-937C25DA****");
    assertThat(response.orderId()).hasValue("223684716098****");
  }

  @Test
  void createAICloudPhone_everyParameter_sentAsQueryAndNumericOrderIdParsed() {
    enqueueFixture("CreateAICloudPhone");

    CreateAICloudPhoneResponse response = client.createAICloudPhone(CreateAICloudPhoneRequest.builder()
        .amount(1).autoPay(true).bandwidthPackageId("np-791ncq8qcuoopxxxx").bizRegionId("cn-shanghai")
        .imageId("imgc-0aae4rxwoktvr851h").instanceGroupName("test1").instanceGroupSpec("MEDIUM").period(1)
        .periodUnit("Month").policyGroupId("pg-0bjrh3oxk2q0xxxxx").promotionId("youhuiquan_promotion_xxx").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateAICloudPhone");
    assertThat(operationQuery(sent)).containsOnly(entry("Amount", "1"), entry("AutoPay", "true"),
        entry("BandwidthPackageId", "np-791ncq8qcuoopxxxx"), entry("BizRegionId", "cn-shanghai"),
        entry("ImageId", "imgc-0aae4rxwoktvr851h"), entry("InstanceGroupName", "test1"),
        entry("InstanceGroupSpec", "MEDIUM"), entry("Period", "1"), entry("PeriodUnit", "Month"),
        entry("PolicyGroupId", "pg-0bjrh3oxk2q0xxxxx"), entry("PromotionId", "youhuiquan_promotion_xxx"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.data().flatMap(d -> d.orderId())).hasValue(22326560487L);
    assertThat(response.data().orElseThrow().packageIds()).containsExactly("aic-0c1g77wjljl9hc****");
  }

  @Test
  void modifyInstanceGroupSpec_groups_flattenedAndOrdersParsed() {
    enqueueFixture("ModifyInstanceGroupSpec");

    ModifyInstanceGroupSpecResponse response = client.modifyInstanceGroupSpec(ModifyInstanceGroupSpecRequest.builder()
        .addInstanceGroupIds("ag-h67a2cs0zpruy****", "ag-2").instanceGroupSpec("acp.basic.small").autoPay(false)
        .promotionId("50003308011****").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifyInstanceGroupSpec");
    assertThat(operationQuery(sent)).containsOnly(entry("AutoPay", "false"),
        entry("InstanceGroupIds.1", "ag-h67a2cs0zpruy****"), entry("InstanceGroupIds.2", "ag-2"),
        entry("InstanceGroupSpec", "acp.basic.small"), entry("PromotionId", "50003308011****"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.orderTaskId()).hasValue("t-aycabdsjsbgd****");
    assertThat(response.orderInfo()).singleElement().satisfies(order -> {
      assertThat(order.orderId()).hasValue("296325540190****");
      assertThat(order.instanceIds()).containsExactly("acp-fjozvi4s8seyz****");
    });
  }

  @Test
  void instanceHealer_cleanStrategy_sentAsQueryAndResultParsed() {
    enqueueFixture("InstanceHealer");

    InstanceHealerResponse response = client.instanceHealer(InstanceHealerRequest.builder()
        .addInstanceIdList("cpn-42do7k******-001", "cpn-2").strategy("Clean").timeout(30L).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("InstanceHealer");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceIdList.1", "cpn-42do7k******-001"),
        entry("InstanceIdList.2", "cpn-2"), entry("Strategy", "Clean"), entry("Timeout", "30"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.instanceHealerModel().flatMap(m -> m.result())).hasValue("True");
  }

  @Test
  void listInstanceAdbAttributes_everyFilter_sentAsQueryAndMappingParsed() {
    enqueueFixture("ListInstanceAdbAttributes");

    ListInstanceAdbAttributesResponse response = client.listInstanceAdbAttributes(
        ListInstanceAdbAttributesRequest.builder().externalIp("106.38.188.223").addInstanceIds("acp-5hh431emkt6u*****")
            .internalIp("10.0.3.23").internalPort("5555").ipProtocol("TCP").maxResults(20)
            .nextToken("AAAA+b/c*").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ListInstanceAdbAttributes");
    assertThat(operationQuery(sent)).containsOnly(entry("ExternalIp", "106.38.188.223"),
        entry("InstanceIds.1", "acp-5hh431emkt6u*****"), entry("InternalIp", "10.0.3.23"),
        entry("InternalPort", "5555"), entry("IpProtocol", "TCP"), entry("MaxResults", "20"),
        entry("NextToken", "AAAA+b/c*"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.totalCount()).hasValue(10L);
    assertThat(response.maxResults()).hasValue(100);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    AdbAttribute adb = response.data().get(0);
    assertThat(adb.instanceId()).hasValue("acp-uto81vfd8t8z****");
    assertThat(adb.externalIp()).hasValue("183.201.219.157");
    assertThat(adb.externalPort()).hasValue("14840/14849");
    assertThat(adb.internalIp()).hasValue("10.0.0.239");
    assertThat(adb.internalPort()).hasValue("5555/5555");
    assertThat(adb.ipProtocol()).hasValue("TCP");
    assertThat(adb.gmtCreated()).hasValue("2024-05-15 17:33:59");
    assertThat(adb.gmtModified()).hasValue("2024-05-15 17:33:59");
  }

  @Test
  void listInstanceAdbAttributesPaged_twoPages_tokenPassedBackVerbatim() {
    enqueueJson(200, "{'Data':[{'InstanceId':'acp-1'},{'InstanceId':'acp-2'}],'NextToken':'n+1/*','TotalCount':3}"
        .replace('\'', '"'));
    enqueueJson(200, "{'Data':[{'InstanceId':'acp-3'}],'NextToken':'','TotalCount':3}".replace('\'', '"'));

    List<String> ids = client.listInstanceAdbAttributesPaged(ListInstanceAdbAttributesRequest.builder().maxResults(2)
        .build()).stream().map(a -> a.instanceId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("acp-1", "acp-2", "acp-3");
    assertThat(operationQuery(takeRequest())).containsOnly(entry("MaxResults", "2"));
    assertThat(operationQuery(takeRequest())).containsOnly(entry("MaxResults", "2"), entry("NextToken", "n+1/*"));
  }

  @Test
  void startInstanceAdb_instances_flattenedInQuery() {
    enqueueFixture("StartInstanceAdb");

    StartInstanceAdbResponse response = client.startInstanceAdb(StartInstanceAdbRequest.builder()
        .addInstanceIds("acp-5hh431emkt6u*****", "acp-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("StartInstanceAdb");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceIds.1", "acp-5hh431emkt6u*****"),
        entry("InstanceIds.2", "acp-2"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("69BCBBE4-FCF2-59B8-AD9D-531EB422****");
  }

  @Test
  void stopInstanceAdb_instances_flattenedInQueryThroughAsyncClient() throws Exception {
    enqueueFixture("StopInstanceAdb");

    StopInstanceAdbResponse response = client.async().stopInstanceAdb(StopInstanceAdbRequest.builder()
        .addInstanceIds("acp-5hh4a31emkt6u****").build()).get();

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("StopInstanceAdb");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceIds.1", "acp-5hh4a31emkt6u****"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("1CBAFFAB-B697-4049-A9B1-67E1FC******");
  }

  @Test
  void importImage_fileUrlNameDescription_sentAsQueryAndImageIdParsed() {
    enqueueFixture("ImportImage");

    ImportImageResponse response = client.importImage(ImportImageRequest.builder()
        .imageFileURL("https://xxx.oss-xxx/xxxx.tgz").imageName("import custom image")
        .imageDescription("android 12 custom image").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ImportImage");
    assertThat(operationQuery(sent)).containsOnly(entry("ImageFileURL", "https://xxx.oss-xxx/xxxx.tgz"),
        entry("ImageName", "import custom image"), entry("ImageDescription", "android 12 custom image"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.imageId()).hasValue("imgc-06zyt9m93zwax****");
  }

  @Test
  void runSyncCommand_everyParameter_queryAndStringTotalCountReadAsNumber() {
    enqueueFixture("RunSyncCommand");

    RunSyncCommandResponse response = client.runSyncCommand(RunSyncCommandRequest.builder()
        .commandContent("ls /sdcard && echo done").contentEncoding("PlainText")
        .addInstanceIds("acp-5hh431emkt6u*****", "acp-2").waitTime(1000L).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RunSyncCommand");
    assertThat(operationQuery(sent)).containsOnly(entry("CommandContent", "ls /sdcard && echo done"),
        entry("ContentEncoding", "PlainText"), entry("InstanceIds.1", "acp-5hh431emkt6u*****"),
        entry("InstanceIds.2", "acp-2"), entry("WaitTime", "1000"));
    assertThat(sent.form()).isEmpty();
    // Quirk: the API types TotalCount as a string ("31"); the model reads it as a number.
    assertThat(response.totalCount()).hasValue(31L);
    SyncCommandResult result = response.data().get(0);
    assertThat(result.instanceId()).hasValue("acp-uto81vfd8t8z****");
    assertThat(result.invocationId()).hasValue("t-15775dc8****");
    assertThat(result.invocationStatus()).hasValue("RUNNING");
    assertThat(result.output()).hasValue("success");
    assertThat(result.startTime()).hasValue("2022-10-11T08:53:32Z");
    assertThat(result.finishTime()).hasValue("2022-08-11 17:45:03");
  }

  @Test
  void runSyncCommand_numericTotalCount_alsoAccepted() {
    enqueueJson(200, "{\"RequestId\":\"r\",\"TotalCount\":2,\"Data\":[]}");

    RunSyncCommandResponse response = client.runSyncCommand(RunSyncCommandRequest.builder()
        .commandContent("id").addInstanceIds("acp-1").build());

    assertThat(response.totalCount()).hasValue(2L);
    assertThat(operationQuery(takeRequest())).containsOnly(entry("CommandContent", "id"), entry("InstanceIds.1", "acp-1"));
  }

  static Stream<Arguments> invalidRequests() {
    List<String> hundredOne = Collections.nCopies(101, "acp-x");
    List<String> fiftyOne = Collections.nCopies(51, "acp-x");
    return Stream.of(
        Arguments.of("InstanceIds", (ThrowingCallable) () -> ExpandPhoneDataVolumeRequest.builder().build()),
        Arguments.of("InstanceIds", (ThrowingCallable) () ->
            ExpandPhoneDataVolumeRequest.builder().addAllInstanceIds(hundredOne).build()),
        Arguments.of("Amount", (ThrowingCallable) () -> CreateAICloudPhoneRequest.builder().amount(0)
            .bandwidthPackageId("np").bizRegionId("cn-shanghai").imageId("img").instanceGroupName("g")
            .instanceGroupSpec("MEDIUM").period(1).periodUnit("Month").build()),
        Arguments.of("InstanceIdList", (ThrowingCallable) () -> InstanceHealerRequest.builder().build()),
        Arguments.of("MaxResults", (ThrowingCallable) () -> ListInstanceAdbAttributesRequest.builder().maxResults(101).build()),
        Arguments.of("InstanceIds", (ThrowingCallable) () ->
            ListInstanceAdbAttributesRequest.builder().addAllInstanceIds(hundredOne).build()),
        Arguments.of("InstanceIds", (ThrowingCallable) () -> StartInstanceAdbRequest.builder().build()),
        Arguments.of("InstanceIds", (ThrowingCallable) () ->
            StopInstanceAdbRequest.builder().addAllInstanceIds(hundredOne).build()),
        Arguments.of("CommandContent", (ThrowingCallable) () ->
            RunSyncCommandRequest.builder().commandContent(" ").addInstanceIds("acp-1").build()),
        Arguments.of("InstanceIds", (ThrowingCallable) () -> RunSyncCommandRequest.builder().commandContent("ls").build()),
        Arguments.of("InstanceIds", (ThrowingCallable) () ->
            RunSyncCommandRequest.builder().commandContent("ls").addAllInstanceIds(fiftyOne).build()),
        Arguments.of("WaitTime", (ThrowingCallable) () ->
            RunSyncCommandRequest.builder().commandContent("ls").addInstanceIds("acp-1").waitTime(499L).build()),
        Arguments.of("WaitTime", (ThrowingCallable) () ->
            RunSyncCommandRequest.builder().commandContent("ls").addInstanceIds("acp-1").waitTime(3001L).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void request_outsideDocumentedLimits_refusedNamingTheField(String field, ThrowingCallable attempt) {
    assertThatThrownBy(attempt).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + " ");
    assertNothingSent();
  }

  static Stream<Arguments> missingRequired() {
    return Stream.of(
        Arguments.of("instanceGroupSpec", (ThrowingCallable) () -> ModifyInstanceGroupSpecRequest.builder()
            .addInstanceGroupIds("ag-1").build()),
        Arguments.of("bandwidthPackageId", (ThrowingCallable) () -> CreateAICloudPhoneRequest.builder().amount(1)
            .bizRegionId("cn-shanghai").imageId("img").instanceGroupName("g").instanceGroupSpec("MEDIUM").period(1)
            .periodUnit("Month").build()),
        Arguments.of("imageFileURL", (ThrowingCallable) () -> ImportImageRequest.builder().imageName("n").build()),
        Arguments.of("imageName", (ThrowingCallable) () -> ImportImageRequest.builder().imageFileURL("https://x").build()),
        Arguments.of("commandContent", (ThrowingCallable) () -> RunSyncCommandRequest.builder().addInstanceIds("a").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingRequired")
  void request_withoutRequiredParameter_refusedNamingIt(String field, ThrowingCallable attempt) {
    assertThatThrownBy(attempt).isInstanceOf(IllegalStateException.class).hasMessageContaining(field);
    assertNothingSent();
  }
}
