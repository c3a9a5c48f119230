package io.cloudphone.testkit;

import io.cloudphone.testkit.internal.FakeKind;
import java.util.List;

/**
 * One provider as {@link NeutralScenarioTest} sees it: how to start its fake, and, as data, the few things in
 * which the providers genuinely differ (operation names in the request log, batch and page sizes, the error codes
 * their failures carry). The scenario itself is written once against {@code CloudPhoneClient}.
 *
 * @param name the display name in test reports
 * @param starter starts the provider's fake
 * @param listPhones the operation that lists phones
 * @param listServers the operation that lists servers (nodes)
 * @param pageSize phones or servers a list request asks for
 * @param restart the operation that restarts a batch of phones
 * @param restartBatch phones a restart request carries at most
 * @param restartRate restart requests a second the SDK allows itself when its limiter is off (the scenario sets it explicitly)
 * @param restartFollowUp the operation that follows restarts to their end (jobs, or the instances themselves)
 * @param restartFailedCode the error code a phone of the failing subset ends its restart with
 * @param shell the operation that runs a shell command on a batch of phones
 * @param shellBatch phones a shell-command request carries at most
 * @param shellFailedCode the error code a phone of the failing subset ends its shell command with
 */
record ProviderUnderTest(String name, FakeKind.Starter<? extends CloudPhoneFake<?>> starter, String listPhones,
    String listServers, int pageSize, String restart, int restartBatch, double restartRate, String restartFollowUp,
    String restartFailedCode, String shell, int shellBatch, String shellFailedCode) {

  /** Huawei CPH: offset paging, 100-phone batches at 10 a second followed by ListJobs, commands 100 a request. */
  static final ProviderUnderTest HUAWEI = new ProviderUnderTest("Huawei CPH", FakeHuaweiCph::start,
      "ListCloudPhones", "ListCloudPhoneServers", 100, "RestartCloudPhone", 100, 10.0, "ListJobs", "CPS.0054",
      "RunShellCommand", 100, "CPS.0191");

  /**
   * Alibaba eds-aic: NextToken paging, 100-instance reboots at 5 a second (eds-aic publishes no rate, so the SDK
   * stays low) followed through each instance's own task (DescribeTasks), RunCommand on at most 50 instances a
   * request (more than 50 phones; fewer go through one RunSyncCommand), whose invocations carry no error code (a
   * failed one is coded by its status).
   */
  static final ProviderUnderTest ALIBABA = new ProviderUnderTest("Alibaba eds-aic", FakeAlibabaCloudPhone::start,
      "DescribeAndroidInstances", "DescribeCloudPhoneNodes", 100, "RebootAndroidInstancesInGroup", 100, 5.0,
      "DescribeTasks", "InstanceOperation.Failed", "RunCommand", 50, "Failed");

  /** Both providers, for {@code @MethodSource}. */
  static List<ProviderUnderTest> both() {
    return List.of(HUAWEI, ALIBABA);
  }

  /** Starts this provider's fake. */
  CloudPhoneFake<?> start(Fleet fleet, FaultPlan faults, FakeTime time) {
    return starter.start(fleet, faults, time);
  }

  @Override
  public String toString() {
    return name;
  }
}
