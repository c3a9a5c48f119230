package io.cloudphone.alibaba;

import static io.cloudphone.alibaba.WireParams.operationQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cloudphone.alibaba.internal.AlibabaSignatureVerifier;
import io.cloudphone.alibaba.model.DescribeMetricListRequest;
import io.cloudphone.alibaba.model.DescribeMetricListResponse;
import io.cloudphone.alibaba.model.DescribeMetricTopRequest;
import io.cloudphone.alibaba.model.DescribeMetricTopResponse;
import io.cloudphone.alibaba.model.InstallMonitorAgentRequest;
import io.cloudphone.alibaba.model.InstallMonitorAgentResponse;
import io.cloudphone.alibaba.model.InstanceMetricSeries;
import io.cloudphone.alibaba.model.MetricProcessFilter;
import io.cloudphone.alibaba.model.MetricSeries;
import io.cloudphone.alibaba.model.MetricSeriesPoint;
import io.cloudphone.alibaba.model.UninstallMonitorAgentRequest;
import io.cloudphone.alibaba.model.UninstallMonitorAgentResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Monitoring operations on the wire: the official SDK 3.29.3 sends every parameter of these four in the form body
 * (nothing operation-specific in the query), {@code ProcessInfos} flattened two levels deep
 * ({@code ProcessInfos.1.ProcessIds.1}), epoch-millisecond timestamps parsed as {@code Long}, NextToken paging.
 *
 * <p>Fixtures: {@code InstallMonitorAgent} and {@code UninstallMonitorAgent} are Alibaba's documented example
 * responses verbatim; {@code DescribeMetricList} and {@code DescribeMetricTop} are built from the field tables of the
 * official SDK's response classes (instance ids and metric names from the documented request examples; the
 * reference's example responses were not retrievable).
 */
class MonitoringOperationsTest extends AlibabaWireTest {

  private static DescribeMetricListRequest.Builder everyListParameter() {
    return DescribeMetricListRequest.builder()
        .addAndroidInstanceIds("acp-6nongia0tuev7****", "acp-2").endTime("2024-05-28 17:00:00")
        .addInstanceIds("cpn-a1qp88ohp3a8g****").length("100").addMetricNames("bandwidth_package_usage_in", "process_cpu")
        .nextToken("AAAA+b/c*").period(60)
        .addProcessInfos(MetricProcessFilter.builder().processName("com.example.app").addProcessIds(1234, 5678).build(),
            MetricProcessFilter.builder().processName("surfaceflinger").build())
        .startTime("2024-05-28 16:00:00");
  }

  @Test
  void describeMetricList_everyParameter_allInFormBodyProcessInfosFlattenedAndSeriesParsed() {
    enqueueFixture("DescribeMetricList");

    DescribeMetricListResponse response = client.describeMetricList(everyListParameter().build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeMetricList");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnly(entry("AndroidInstanceIds.1", "acp-6nongia0tuev7****"),
        entry("AndroidInstanceIds.2", "acp-2"), entry("EndTime", "2024-05-28 17:00:00"),
        entry("InstanceIds.1", "cpn-a1qp88ohp3a8g****"), entry("Length", "100"),
        entry("MetricNames.1", "bandwidth_package_usage_in"), entry("MetricNames.2", "process_cpu"),
        entry("NextToken", "AAAA+b/c*"), entry("Period", "60"),
        entry("ProcessInfos.1.ProcessName", "com.example.app"), entry("ProcessInfos.1.ProcessIds.1", "1234"),
        entry("ProcessInfos.1.ProcessIds.2", "5678"), entry("ProcessInfos.2.ProcessName", "surfaceflinger"),
        entry("StartTime", "2024-05-28 16:00:00"));
    assertThat(sent.header("Content-Type")).startsWith("application/x-www-form-urlencoded");

    assertThat(response.count()).hasValue(1);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    InstanceMetricSeries instance = response.metricTotalModel().get(0);
    assertThat(instance.androidInstanceId()).hasValue("acp-6nongia0tuev7****");
    assertThat(instance.instanceId()).hasValue("cpn-a1qp88ohp3a8g****");
    MetricSeries series = instance.metricModelList().get(0);
    assertThat(series.metricName()).hasValue("bandwidth_package_usage_in");
    assertThat(series.processName()).hasValue("com.example.app");
    MetricSeriesPoint point = series.dataPoints().get(0);
    assertThat(point.timestamp()).hasValue(1716886200000L);
    assertThat(point.average()).hasValue(12.5);
    assertThat(point.maximum()).hasValue(20.0);
    assertThat(point.minimum()).hasValue(5.0);
    assertThat(point.value()).hasValue(12.5);
    assertThat(point.gpuId()).hasValue("0");
  }

  @Test
  void describeMetricList_acs3Signature_formBodySignedAndVerified() throws Exception {
    enqueueFixture("DescribeMetricList");

    clientBuilder().signatureVersion(AlibabaSignatureVersion.ACS3_HMAC_SHA256).build()
        .describeMetricList(everyListParameter().build());

    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.getHeaders().get("x-acs-action")).isEqualTo("DescribeMetricList");
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    Optional<String> failure = AlibabaSignatureVerifier.verifyAcs3(recorded.getMethod(),
        recorded.getUrl().encodedPath(), SentRpcRequest.decode(recorded.getUrl().encodedQuery()),
        recorded.getHeaders()::get, body, key -> ACCESS_KEY_ID.equals(key) ? ACCESS_KEY_SECRET : null,
        clock.instant());
    assertThat(failure).isEmpty();
    assertThat(SentRpcRequest.decode(new String(body, StandardCharsets.UTF_8)))
        .containsEntry("ProcessInfos.1.ProcessIds.2", "5678").containsEntry("NextToken", "AAAA+b/c*");
  }

  @Test
  void describeMetricListPaged_twoPages_tokenGoesBackInFormBody() {
    enqueueJson(200, "{'MetricTotalModel':[{'AndroidInstanceId':'acp-1'}],'NextToken':'n+1/*','Count':2}"
        .replace('\'', '"'));
    enqueueJson(200, "{'MetricTotalModel':[{'AndroidInstanceId':'acp-2'}],'Count':2}".replace('\'', '"'));

    List<String> ids = client.describeMetricListPaged(DescribeMetricListRequest.builder()
            .addMetricNames("cpu_utilization").build())
        .stream().map(m -> m.androidInstanceId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("acp-1", "acp-2");
    assertThat(takeRequest().form()).containsOnly(entry("MetricNames.1", "cpu_utilization"));
    assertThat(takeRequest().form()).containsOnly(entry("MetricNames.1", "cpu_utilization"),
        entry("NextToken", "n+1/*"));
  }

  @Test
  void describeMetricTop_everyParameter_allInFormBodyAndRankedPointsParsed() {
    enqueueFixture("DescribeMetricTop");

    DescribeMetricTopResponse response = client.describeMetricTop(DescribeMetricTopRequest.builder()
        .addAndroidInstanceIds("acp-sgicbcdadjs****").endTime("2019-01-31 11:00:00").addInstanceIds("cpn-1")
        .length("10").addMetricNames("instance_in_traffic").nextToken("t1").period(60)
        .startTime("2019-01-31 10:00:00").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeMetricTop");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnly(entry("AndroidInstanceIds.1", "acp-sgicbcdadjs****"),
        entry("EndTime", "2019-01-31 11:00:00"), entry("InstanceIds.1", "cpn-1"), entry("Length", "10"),
        entry("MetricNames.1", "instance_in_traffic"), entry("NextToken", "t1"), entry("Period", "60"),
        entry("StartTime", "2019-01-31 10:00:00"));
    assertThat(response.nextToken()).hasValue("");
    MetricSeriesPoint point = response.metricTotalModel().get(0).metricModelList().get(0).dataPoints().get(0);
    assertThat(point.id()).hasValue("acp-sgicbcdadjs****");
    assertThat(point.name()).hasValue("phone-1");
    assertThat(point.properties()).hasValue("{\"rank\":1}");
    assertThat(point.timestamp()).hasValue(1716886200000L);
    assertThat(point.average()).hasValue(35.2);
    assertThat(point.maximum()).hasValue(80.1);
    assertThat(point.minimum()).hasValue(3.4);
  }

  @Test
  void describeMetricTopPaged_emptyTokenOnFirstPage_stopsAfterOneCall() {
    enqueueFixture("DescribeMetricTop");

    List<InstanceMetricSeries> all = client.describeMetricTopPaged(DescribeMetricTopRequest.builder()
        .addMetricNames("instance_in_traffic").build()).stream().collect(Collectors.toList());

    assertThat(all).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void installMonitorAgent_instancesAndSaleMode_inFormBody() {
    enqueueFixture("InstallMonitorAgent");

    InstallMonitorAgentResponse response = client.installMonitorAgent(InstallMonitorAgentRequest.builder()
        .addAndroidInstanceIds("cpn-a1qp88ohp3a8g****-040", "cpn-2").saleMode("Node").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("InstallMonitorAgent");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnly(entry("AndroidInstanceIds.1", "cpn-a1qp88ohp3a8g****-040"),
        entry("AndroidInstanceIds.2", "cpn-2"), entry("SaleMode", "Node"));
    assertThat(response.requestId()).hasValue("DB070C80-45AC-52CA-8101-937C25DA****");
  }

  @Test
  void uninstallMonitorAgent_instances_inFormBody() {
    enqueueFixture("UninstallMonitorAgent");

    UninstallMonitorAgentResponse response = client.uninstallMonitorAgent(UninstallMonitorAgentRequest.builder()
        .addAndroidInstanceIds("cpn-9y1nwysxr9d6l****-016").saleMode("Node").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("UninstallMonitorAgent");
    assertThat(operationQuery(sent)).isEmpty();
    assertThat(sent.form()).containsOnly(entry("AndroidInstanceIds.1", "cpn-9y1nwysxr9d6l****-016"),
        entry("SaleMode", "Node"));
    assertThat(response.requestId()).hasValue("6C8439B9-7DBF-57F4-92AE-55A9B9D3****");
  }

  @Test
  void describeMetricList_withoutMetricNames_refusedBeforeSending() {
    assertThatThrownBy(() -> client.describeMetricList(DescribeMetricListRequest.builder().addAndroidInstanceIds("a").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("MetricNames ");
    assertThatThrownBy(() -> DescribeMetricTopRequest.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("MetricNames ");
    assertThatThrownBy(() -> InstallMonitorAgentRequest.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AndroidInstanceIds ");
    assertThatThrownBy(() -> UninstallMonitorAgentRequest.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AndroidInstanceIds ");
    assertNothingSent();
  }
}
