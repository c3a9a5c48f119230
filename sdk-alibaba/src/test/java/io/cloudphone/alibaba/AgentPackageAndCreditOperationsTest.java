package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudphone.alibaba.model.CreateCreditPackageRequest;
import io.cloudphone.alibaba.model.CreateCreditPackageResponse;
import io.cloudphone.alibaba.model.CreateEdgeMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.CreateEdgeMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.CreateMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.CreateMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.CreditPackageInfo;
import io.cloudphone.alibaba.model.CreditRecord;
import io.cloudphone.alibaba.model.DeleteMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.DeleteMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.DescribeCreditDetailRequest;
import io.cloudphone.alibaba.model.DescribeCreditDetailResponse;
import io.cloudphone.alibaba.model.DescribeCreditPackageRequest;
import io.cloudphone.alibaba.model.DescribeCreditPackageResponse;
import io.cloudphone.alibaba.model.DescribeEdgeMobileAgentPackagesRequest;
import io.cloudphone.alibaba.model.DescribeEdgeMobileAgentPackagesResponse;
import io.cloudphone.alibaba.model.DescribeMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.DescribeMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.EdgeAgentPackage;
import io.cloudphone.alibaba.model.MobileAgentPackage;
import io.cloudphone.alibaba.model.RenewMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.RenewMobileAgentPackageResponse;
import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agent package (resource plan, edge license) and credit operations on the wire: every parameter in the query
 * string with the spellings the API uses ({@code PaidCallbackUrl}), the comma-joined id strings of
 * DescribeEdgeMobileAgentPackages, the epoch-millisecond time range of DescribeCreditDetail, the string
 * {@code TotalCount} of DescribeMobileAgentPackage, and the three paging styles.
 *
 * <p>Fixtures: every {@code alibaba/<Action>.json} used here carries the example values that Alibaba documents for
 * the operation's response fields. Built from the field table, because the reference gives no example: the ids in
 * {@code PackageIds} (CreateEdgeMobileAgentPackage), {@code MobileAgentPackageIds} (CreateMobileAgentPackage),
 * {@code LicenseKeys} (DescribeEdgeMobileAgentPackages), {@code InstanceIds}, {@code PackageSpecName} and the
 * period times (DescribeMobileAgentPackage), {@code CreditPackageIds} (CreateCreditPackage) and {@code CreateTime}
 * (DescribeCreditPackage). CreateEdgeMobileAgentPackage documents a masked {@code OrderId} example
 * ({@code 22326560487****}) for a numeric field; the fixture keeps it, and the SDK reads order ids as text.
 */
class AgentPackageAndCreditOperationsTest extends AgentWireTest {

  // ------------------------------------------------------------------------------------------- agent packages

  @Test
  void createEdgeMobileAgentPackage_everyParameter_sentAsQueryAndMaskedOrderIdKeptAsText() {
    enqueueFixture("CreateEdgeMobileAgentPackage");

    CreateEdgeMobileAgentPackageResponse response = client.createEdgeMobileAgentPackage(
        CreateEdgeMobileAgentPackageRequest.builder().bizRegionId("cn-hangzhou").period(1).periodUnit("Month")
            .quantity(3).autoPay(false).autoRenew(true).clientToken("ETnLKlblzczshOTUbOCz****").deviceClass("BOX")
            .promotionId("50003308011****").build());

    assertThat(operationQuery(takeQueryOnly("CreateEdgeMobileAgentPackage"))).containsOnly(
        entry("BizRegionId", "cn-hangzhou"), entry("Period", "1"), entry("PeriodUnit", "Month"), entry("Quantity", "3"),
        entry("AutoPay", "false"), entry("AutoRenew", "true"), entry("ClientToken", "ETnLKlblzczshOTUbOCz****"),
        entry("DeviceClass", "BOX"), entry("PromotionId", "50003308011****"));
    assertThat(response.orderId()).hasValue("22326560487****");
    assertThat(response.packageIds()).containsExactly("emp-0ebh4lblcqg3****");
    assertThat(response.requestId()).hasValue("1CBAFFAB-B697-4049-A9B1-67E1FC******");
  }

  @Test
  void createEdgeMobileAgentPackage_numericOrderId_readAsItsDigits() {
    enqueue("{'OrderId':223265604871234,'PackageIds':['emp-1']}");

    CreateEdgeMobileAgentPackageResponse response = client.createEdgeMobileAgentPackage(
        CreateEdgeMobileAgentPackageRequest.builder().bizRegionId("cn-hangzhou").period(1).periodUnit("Month")
            .quantity(1).build());

    assertThat(operationQuery(takeQueryOnly("CreateEdgeMobileAgentPackage"))).containsOnly(
        entry("BizRegionId", "cn-hangzhou"), entry("Period", "1"), entry("PeriodUnit", "Month"), entry("Quantity", "1"));
    assertThat(response.orderId()).hasValue("223265604871234");
  }

  /** Quirk: these newer operations spell {@code PaidCallbackUrl}; older ones spell {@code PaidCallBackUrl}. */
  @Test
  void createMobileAgentPackage_everyParameter_paidCallbackUrlSpelledAsDocumented() {
    enqueueFixture("CreateMobileAgentPackage");

    CreateMobileAgentPackageResponse response = client.createMobileAgentPackage(CreateMobileAgentPackageRequest.builder()
        .amount("1").autoPay(false).autoRenew(false).bizRegionId("cn-hangzhou").channelCookie("cc")
        .creditAmount("10000.0").creditConfig("1").imageId("imgc-1").instanceName("CloudPhone")
        .mobileAgentPackageSpec("advanced").packageSpecId(7L).paidCallbackUrl("https://aim.wuying.aliyun.com/nodes")
        .period(1).periodUnit("Month").promotionId("50003308011****").build());

    assertThat(operationQuery(takeQueryOnly("CreateMobileAgentPackage"))).containsOnly(entry("Amount", "1"),
        entry("AutoPay", "false"), entry("AutoRenew", "false"), entry("BizRegionId", "cn-hangzhou"),
        entry("ChannelCookie", "cc"), entry("CreditAmount", "10000.0"), entry("CreditConfig", "1"),
        entry("ImageId", "imgc-1"), entry("InstanceName", "CloudPhone"), entry("MobileAgentPackageSpec", "advanced"),
        entry("PackageSpecId", "7"), entry("PaidCallbackUrl", "https://aim.wuying.aliyun.com/nodes"),
        entry("Period", "1"), entry("PeriodUnit", "Month"), entry("PromotionId", "50003308011****"));
    assertThat(response.orderId()).hasValue("22326560487****");
    assertThat(response.mobileAgentPackageIds()).containsExactly("map-0ebh4lblcqg3****");
    assertThat(response.requestId()).hasValue("69BCBBE4-FCF2-59B8-AD9D-531EB422****");
  }

  @Test
  void createMobileAgentPackage_nothingSet_nothingButTheCommonParametersSent() {
    enqueueFixture("CreateMobileAgentPackage");

    client.createMobileAgentPackage(CreateMobileAgentPackageRequest.builder().build());

    assertThat(operationQuery(takeQueryOnly("CreateMobileAgentPackage"))).isEmpty();
  }

  @Test
  void deleteMobileAgentPackage_packageIds_flattened() {
    enqueueFixture("DeleteMobileAgentPackage");

    DeleteMobileAgentPackageResponse response = client.deleteMobileAgentPackage(DeleteMobileAgentPackageRequest.builder()
        .addPackageIds("cmag-1", "cmag-2").build());

    assertThat(operationQuery(takeQueryOnly("DeleteMobileAgentPackage")))
        .containsOnly(entry("PackageIds.1", "cmag-1"), entry("PackageIds.2", "cmag-2"));
    assertThat(response.code()).hasValue("200");
    assertThat(response.requestId()).hasValue("F07A1DA1-E1EB-5CCA-8EED-12F85D32****");
  }

  /** Quirk: LicenseKeys and PackageIds go out as single comma-separated strings, not {@code Name.N}. */
  @Test
  void describeEdgeMobileAgentPackages_idFilters_sentCommaJoinedAndPackagesParsed() {
    enqueueFixture("DescribeEdgeMobileAgentPackages");

    DescribeEdgeMobileAgentPackagesResponse response = client.describeEdgeMobileAgentPackages(
        DescribeEdgeMobileAgentPackagesRequest.builder().deviceClass("BOX").addLicenseKeys("lk-1", "lk-2")
            .addPackageIds("cmag-1", "cmag-2", "cmag-3").status("ACTIVE").maxResults(20).nextToken("t").build());

    assertThat(operationQuery(takeQueryOnly("DescribeEdgeMobileAgentPackages"))).containsOnly(
        entry("DeviceClass", "BOX"), entry("LicenseKeys", "lk-1,lk-2"), entry("PackageIds", "cmag-1,cmag-2,cmag-3"),
        entry("Status", "ACTIVE"), entry("MaxResults", "20"), entry("NextToken", "t"));
    assertThat(response.totalCount()).hasValue(30);
    assertThat(response.maxResults()).hasValue(20);
    assertThat(response.requestId()).hasValue("5C5CEF0A-D6E1-58D3-8750-67DB4F82****");
    EdgeAgentPackage pkg = response.packages().get(0);
    assertThat(pkg.packageId()).hasValue("cmag-0c1g77wjljl9hc****");
    assertThat(pkg.deviceClass()).hasValue("BOX");
    assertThat(pkg.expireDate()).hasValue("2026-01-05 10:04:07");
    assertThat(pkg.packageSpec()).hasValue("hardware");
    assertThat(pkg.status()).hasValue("ACTIVE");
    assertThat(pkg.licenseKeys()).containsExactly("lk-abcdef1234567890");
    assertThat(pkg.toString()).doesNotContain("lk-abcdef1234567890");
  }

  @Test
  void describeEdgeMobileAgentPackagesPaged_twoPages_commaJoinedFilterKeptOnEveryPage() {
    enqueue("{'Packages':[{'PackageId':'cmag-1'}],'NextToken':'a+b/c'}");
    enqueue("{'Packages':[{'PackageId':'cmag-2'}]}");

    List<String> ids = client.describeEdgeMobileAgentPackagesPaged(DescribeEdgeMobileAgentPackagesRequest.builder()
            .addPackageIds("cmag-1", "cmag-2").build())
        .stream().map(p -> p.packageId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("cmag-1", "cmag-2");
    assertThat(operationQuery(takeQueryOnly("DescribeEdgeMobileAgentPackages")))
        .containsOnly(entry("PackageIds", "cmag-1,cmag-2"));
    assertThat(operationQuery(takeQueryOnly("DescribeEdgeMobileAgentPackages")))
        .containsOnly(entry("PackageIds", "cmag-1,cmag-2"), entry("NextToken", "a+b/c"));
  }

  @Test
  void describeMobileAgentPackage_filters_flattenedAndStringTotalCountRead() {
    enqueueFixture("DescribeMobileAgentPackage");

    DescribeMobileAgentPackageResponse response = client.describeMobileAgentPackage(
        DescribeMobileAgentPackageRequest.builder().addInstanceIds("acp-1").addPackageIds("cmag-1", "cmag-2")
            .packageSpec("advanced").packageStatus("ACTIVE").pageNum(1).pageSize(20).build());

    assertThat(operationQuery(takeQueryOnly("DescribeMobileAgentPackage"))).containsOnly(entry("InstanceIds.1", "acp-1"),
        entry("PackageIds.1", "cmag-1"), entry("PackageIds.2", "cmag-2"), entry("PackageSpec", "advanced"),
        entry("PackageStatus", "ACTIVE"), entry("PageNum", "1"), entry("PageSize", "20"));
    assertThat(response.totalCount()).as("TotalCount arrives as the string \"30\"").hasValue(30L);
    assertThat(response.code()).hasValue("200");
    assertThat(response.requestId()).hasValue("1CBAFFAB-B697-4049-A9B1-67E1FC****");
    MobileAgentPackage pkg = response.packageList().get(0);
    assertThat(pkg.packageId()).hasValue("cmag-bp19i1yxu60r7twy****");
    assertThat(pkg.packageSpec()).hasValue("advanced");
    assertThat(pkg.packageSpecName()).hasValue("Advanced");
    assertThat(pkg.packageStatus()).hasValue("ACTIVE");
    assertThat(pkg.packageCredit()).hasValue("8000");
    assertThat(pkg.usedCredit()).hasValue("1000");
    assertThat(pkg.expiredAt()).hasValue("2026-10-30 00:00:00");
    assertThat(pkg.periodStartTime()).hasValue("2026-04-30 00:00:00");
    assertThat(pkg.periodEndTime()).hasValue("2026-05-30 00:00:00");
    assertThat(pkg.instanceIds()).containsExactly("acp-uto81vfd8t8z****");
  }

  @Test
  void describeMobileAgentPackagePaged_pageNumbers_walkedUntilTheStringTotalIsReached() {
    enqueue("{'PackageList':[{'PackageId':'cmag-1'},{'PackageId':'cmag-2'}],'TotalCount':'3'}");
    enqueue("{'PackageList':[{'PackageId':'cmag-3'}],'TotalCount':'3'}");

    Paged<MobileAgentPackage> paged = client.describeMobileAgentPackagePaged(
        DescribeMobileAgentPackageRequest.builder().packageStatus("ACTIVE").pageSize(2).build());
    List<Page<MobileAgentPackage>> pages = new ArrayList<>();
    paged.pages().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 1);
    assertThat(pages.get(0).totalCount()).hasValue(3L);
    assertThat(operationQuery(takeQueryOnly("DescribeMobileAgentPackage")))
        .containsOnly(entry("PackageStatus", "ACTIVE"), entry("PageNum", "1"), entry("PageSize", "2"));
    assertThat(operationQuery(takeQueryOnly("DescribeMobileAgentPackage")))
        .containsOnly(entry("PackageStatus", "ACTIVE"), entry("PageNum", "2"), entry("PageSize", "2"));
    assertThat(server.getRequestCount()).as("no third request once the total is reached").isEqualTo(2);
  }

  @Test
  void describeMobileAgentPackagePaged_noPageSizeNoTotal_stopsAtTheFirstEmptyPage() {
    enqueue("{'PackageList':[{'PackageId':'cmag-1'},{'PackageId':'cmag-2'}]}");
    enqueue("{'PackageList':[]}");

    List<String> ids = client.describeMobileAgentPackagePaged(DescribeMobileAgentPackageRequest.builder().pageNum(4).build())
        .stream().map(p -> p.packageId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("cmag-1", "cmag-2");
    assertThat(operationQuery(takeQueryOnly("DescribeMobileAgentPackage"))).containsOnly(entry("PageNum", "4"));
    assertThat(operationQuery(takeQueryOnly("DescribeMobileAgentPackage"))).containsOnly(entry("PageNum", "5"));
  }

  @Test
  void renewMobileAgentPackage_everyParameter_sentAsQuery() {
    enqueueFixture("RenewMobileAgentPackage");

    RenewMobileAgentPackageResponse response = client.renewMobileAgentPackage(RenewMobileAgentPackageRequest.builder()
        .addMobileAgentPackageIds("cmag-1", "cmag-2").autoPay(true).autoRenew(false).clientToken("ct-1")
        .paidCallbackUrl("https://aim.wuying.aliyun.com/nodes").period(6).periodUnit("Month")
        .promotionId("50003308011****").build());

    assertThat(operationQuery(takeQueryOnly("RenewMobileAgentPackage"))).containsOnly(
        entry("MobileAgentPackageIds.1", "cmag-1"), entry("MobileAgentPackageIds.2", "cmag-2"), entry("AutoPay", "true"),
        entry("AutoRenew", "false"), entry("ClientToken", "ct-1"),
        entry("PaidCallbackUrl", "https://aim.wuying.aliyun.com/nodes"), entry("Period", "6"),
        entry("PeriodUnit", "Month"), entry("PromotionId", "50003308011****"));
    assertThat(response.orderId()).hasValue("223684716098****");
    assertThat(response.requestId()).hasValue("7B9EFA4F-4305-5968-BAEE-BD8B8DE5****");
  }

  // ---------------------------------------------------------------------------------------------------- credits

  @Test
  void createCreditPackage_everyParameter_sentAsQueryAndPacksParsed() {
    enqueueFixture("CreateCreditPackage");

    CreateCreditPackageResponse response = client.createCreditPackage(CreateCreditPackageRequest.builder()
        .autoPay(false).channelCookie("cc").creditAmount("1000").packageAmount("2").period(6).periodUnit("Month")
        .promotionId("50003308011****").build());

    assertThat(operationQuery(takeQueryOnly("CreateCreditPackage"))).containsOnly(entry("AutoPay", "false"),
        entry("ChannelCookie", "cc"), entry("CreditAmount", "1000"), entry("PackageAmount", "2"), entry("Period", "6"),
        entry("PeriodUnit", "Month"), entry("PromotionId", "50003308011****"));
    assertThat(response.creditPackageId()).hasValue("crp-bt7e2t4anbq50****");
    assertThat(response.creditPackageIds()).containsExactly("crp-bt7e2t4anbq50****");
    assertThat(response.effectiveTime()).hasValue("2026-04-30 00:00:00");
    assertThat(response.expiredTime()).hasValue("2026-10-30 00:00:00");
    assertThat(response.orderId()).hasValue("223684716098****");
    assertThat(response.requestId()).hasValue("F07A1DA1-E1EB-5CCA-8EED-12F85D32****");
  }

  /** Quirk: the time range is epoch milliseconds; the request takes {@link Instant}s. */
  @Test
  void describeCreditDetail_instantRange_sentAsEpochMillisWithBothPagingStyles() {
    enqueueFixture("DescribeCreditDetail");

    DescribeCreditDetailResponse response = client.describeCreditDetail(DescribeCreditDetailRequest.builder()
        .startTime(Instant.ofEpochMilli(1782819840000L)).endTime(Instant.parse("2026-07-01T12:24:00Z"))
        .addInstanceIds("acp-1").addPackageIds("cmag-1", "crp-1").maxResults(100).nextToken("tok")
        .pageNum(1).pageSize(20).build());

    assertThat(operationQuery(takeQueryOnly("DescribeCreditDetail"))).containsOnly(
        entry("StartTime", "1782819840000"), entry("EndTime", "1782908640000"), entry("InstanceIds.1", "acp-1"),
        entry("PackageIds.1", "cmag-1"), entry("PackageIds.2", "crp-1"), entry("MaxResults", "100"),
        entry("NextToken", "tok"), entry("PageNum", "1"), entry("PageSize", "20"));
    assertThat(response.requestId()).hasValue("1CBAFFAB-B697-4049-A9B1-67E1FC****");
    assertThat(response.data().flatMap(d -> d.nextToken())).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    assertThat(response.data().flatMap(d -> d.pageNum())).hasValue(1);
    assertThat(response.data().flatMap(d -> d.pageSize())).hasValue(10);
    assertThat(response.data().flatMap(d -> d.totalCount())).hasValue(100);
    assertThat(response.data().flatMap(d -> d.totalCreditChange())).hasValue("100");
    CreditRecord record = response.data().orElseThrow().details().get(0);
    assertThat(record.apiKeyName()).hasValue("default");
    assertThat(record.cachedTokens()).hasValue(50L);
    assertThat(record.changeTime()).hasValue("2026-06-30T08:14:02Z");
    assertThat(record.creditChange()).hasValue("0.7637");
    assertThat(record.description()).hasValue("Open Xiaohongshu");
    assertThat(record.durationMs()).hasValue(3000L);
    assertThat(record.inputTokens()).hasValue(100L);
    assertThat(record.outputTokens()).hasValue(200L);
    assertThat(record.totalTokens()).hasValue(350L);
    assertThat(record.ttftMs()).hasValue(500L);
    assertThat(record.instanceId()).hasValue("acp-12oe0l75vl7o5****");
    assertThat(record.instanceName()).hasValue("my-instance");
    assertThat(record.modelId()).hasValue("qwen-max");
    assertThat(record.packageId()).hasValue("cmag-0c1g77wjljl9h****");
    assertThat(record.requestId()).hasValue("1A923337-44D9-5CAD-B2A5-4B9E6628B1C8");
    assertThat(record.taskId()).hasValue("t-1fr0k51pozyr5****");
  }

  @Test
  void describeCreditDetailPaged_followsTheTokenInsideData() {
    enqueue("{'Data':{'Details':[{'TaskId':'t-1'},{'TaskId':'t-2'}],'NextToken':'d+1/*','TotalCount':3}}");
    enqueue("{'Data':{'Details':[{'TaskId':'t-3'}],'NextToken':'','TotalCount':3}}");

    List<String> ids = client.describeCreditDetailPaged(DescribeCreditDetailRequest.builder()
            .startTime(Instant.ofEpochMilli(1000L)).build())
        .stream().map(r -> r.taskId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("t-1", "t-2", "t-3");
    assertThat(operationQuery(takeQueryOnly("DescribeCreditDetail"))).containsOnly(entry("StartTime", "1000"));
    assertThat(operationQuery(takeQueryOnly("DescribeCreditDetail")))
        .containsOnly(entry("StartTime", "1000"), entry("NextToken", "d+1/*"));
  }

  @Test
  void describeCreditDetailPaged_noData_emptyListing() {
    enqueue("{'RequestId':'r-1'}");

    assertThat(client.describeCreditDetailPaged(DescribeCreditDetailRequest.builder().build()).stream()).isEmpty();
    assertThat(operationQuery(takeQueryOnly("DescribeCreditDetail"))).isEmpty();
  }

  @Test
  void describeCreditPackage_filters_sentAndPacksParsed() {
    enqueueFixture("DescribeCreditPackage");

    DescribeCreditPackageResponse response = client.describeCreditPackage(DescribeCreditPackageRequest.builder()
        .creditPackageId("crp-xagydbhfkah****").creditPackageStatus("ACTIVE").build());

    assertThat(operationQuery(takeQueryOnly("DescribeCreditPackage"))).containsOnly(
        entry("CreditPackageId", "crp-xagydbhfkah****"), entry("CreditPackageStatus", "ACTIVE"));
    assertThat(response.isFirstPurchase()).hasValue(true);
    assertThat(response.totalAvailableCredits()).hasValue("1000");
    assertThat(response.totalExhaustedCredit()).hasValue("30");
    assertThat(response.totalCount()).hasValue(10);
    assertThat(response.requestId()).hasValue("1CBAFFAB-B697-4049-A9B1-67E1FC****");
    CreditPackageInfo info = response.creditsPackageInfos().get(0);
    assertThat(info.creditPackageId()).hasValue("crp-xagydbhfkah****");
    assertThat(info.creditPackageStatus()).hasValue("ACTIVE");
    assertThat(info.availableCredits()).hasValue("70");
    assertThat(info.exhaustedCredits()).hasValue("30");
    assertThat(info.totalCredits()).hasValue("100");
    assertThat(info.createTime()).hasValue("2026-04-30 00:00:00");
    assertThat(info.effectiveTime()).hasValue("2026-04-30 00:00:00");
    assertThat(info.expiredTime()).hasValue("2026-10-30 00:00:00");
  }

  @Test
  void describeCreditPackage_async_sameAnswer() {
    enqueueFixture("DescribeCreditPackage");

    DescribeCreditPackageResponse response = client.async()
        .describeCreditPackage(DescribeCreditPackageRequest.builder().build()).join();

    assertThat(operationQuery(takeQueryOnly("DescribeCreditPackage"))).isEmpty();
    assertThat(response.creditsPackageInfos()).extracting(i -> i.creditPackageId().orElseThrow(), i -> i.totalCredits().orElseThrow())
        .containsExactly(tuple("crp-xagydbhfkah****", "100"));
  }

  // ---------------------------------------------------------------------------------------------- limits

  static Stream<Arguments> rejectedRequests() {
    return Stream.of(
        rejected("CreateEdgeMobileAgentPackage without a quantity", IllegalStateException.class, "quantity",
            c -> c.createEdgeMobileAgentPackage(CreateEdgeMobileAgentPackageRequest.builder().bizRegionId("cn-hangzhou")
                .period(1).periodUnit("Month").build())),
        rejected("CreateEdgeMobileAgentPackage Quantity 0", IllegalArgumentException.class, "Quantity",
            c -> c.createEdgeMobileAgentPackage(CreateEdgeMobileAgentPackageRequest.builder().bizRegionId("cn-hangzhou")
                .period(1).periodUnit("Month").quantity(0).build())),
        rejected("CreateEdgeMobileAgentPackage blank region", IllegalArgumentException.class, "BizRegionId",
            c -> c.createEdgeMobileAgentPackage(CreateEdgeMobileAgentPackageRequest.builder().bizRegionId("")
                .period(1).periodUnit("Month").quantity(1).build())),
        rejected("DeleteMobileAgentPackage without ids", IllegalArgumentException.class, "PackageIds",
            c -> c.deleteMobileAgentPackage(DeleteMobileAgentPackageRequest.builder().build())),
        rejected("DescribeEdgeMobileAgentPackages id holding a comma", IllegalArgumentException.class, "PackageIds",
            c -> c.describeEdgeMobileAgentPackages(DescribeEdgeMobileAgentPackagesRequest.builder()
                .addPackageIds("cmag-1,cmag-2").build())),
        rejected("DescribeMobileAgentPackage PageNum 0", IllegalArgumentException.class, "PageNum",
            c -> c.describeMobileAgentPackage(DescribeMobileAgentPackageRequest.builder().pageNum(0).build())),
        rejected("DescribeCreditDetail PageSize 101", IllegalArgumentException.class, "PageSize",
            c -> c.describeCreditDetail(DescribeCreditDetailRequest.builder().pageSize(101).build())));
  }

}
