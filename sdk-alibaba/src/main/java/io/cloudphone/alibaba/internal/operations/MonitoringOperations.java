package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.DescribeMetricListRequest;
import io.cloudphone.alibaba.model.DescribeMetricListResponse;
import io.cloudphone.alibaba.model.DescribeMetricTopRequest;
import io.cloudphone.alibaba.model.DescribeMetricTopResponse;
import io.cloudphone.alibaba.model.InstallMonitorAgentRequest;
import io.cloudphone.alibaba.model.InstallMonitorAgentResponse;
import io.cloudphone.alibaba.model.UninstallMonitorAgentRequest;
import io.cloudphone.alibaba.model.UninstallMonitorAgentResponse;
import io.cloudphone.core.internal.Operation;

/** Monitoring operations of eds-aic 2023-09-30, declared as data; the official SDK sends every one of their parameters in the form body. */
public final class MonitoringOperations {
  private MonitoringOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** DescribeMetricList: one page of metric time series; ProcessInfos flattened as ProcessInfos.N.ProcessIds.M. */
  public static final Operation<DescribeMetricListRequest, DescribeMetricListResponse> DESCRIBE_METRIC_LIST =
      Operation.builder("DescribeMetricList", POST, "/", DescribeMetricListRequest.class, DescribeMetricListResponse.class)
          .form("AndroidInstanceIds", "EndTime", "InstanceIds", "Length", "MetricNames", "NextToken", "Period", "ProcessInfos", "StartTime")
          .idempotent(true)
          .docUrl(DOCS + "describemetriclist")
          .build();

  /** DescribeMetricTop: one page of instances ranked by the latest metric values. */
  public static final Operation<DescribeMetricTopRequest, DescribeMetricTopResponse> DESCRIBE_METRIC_TOP =
      Operation.builder("DescribeMetricTop", POST, "/", DescribeMetricTopRequest.class, DescribeMetricTopResponse.class)
          .form("AndroidInstanceIds", "EndTime", "InstanceIds", "Length", "MetricNames", "NextToken", "Period", "StartTime")
          .idempotent(true)
          .docUrl(DOCS + "describemetrictop")
          .build();

  /** InstallMonitorAgent: installs the monitoring plugin on instances. */
  public static final Operation<InstallMonitorAgentRequest, InstallMonitorAgentResponse> INSTALL_MONITOR_AGENT =
      Operation.builder("InstallMonitorAgent", POST, "/", InstallMonitorAgentRequest.class, InstallMonitorAgentResponse.class)
          .form("AndroidInstanceIds", "SaleMode")
          .docUrl(DOCS + "installmonitoragent")
          .build();

  /** UninstallMonitorAgent: removes the monitoring plugin from instances. */
  public static final Operation<UninstallMonitorAgentRequest, UninstallMonitorAgentResponse> UNINSTALL_MONITOR_AGENT =
      Operation.builder("UninstallMonitorAgent", POST, "/", UninstallMonitorAgentRequest.class, UninstallMonitorAgentResponse.class)
          .form("AndroidInstanceIds", "SaleMode")
          .docUrl(DOCS + "uninstallmonitoragent")
          .build();
}
