package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/** The eds-aic actions the fake serves, by Action name. */
final class AlibabaActions {
  private AlibabaActions() {}

  static Map<String, Function<AlibabaExchange, ObjectNode>> table(AlibabaWorld world) {
    AlibabaListings listings = new AlibabaListings(world);
    AlibabaLifecycle lifecycle = new AlibabaLifecycle(world);
    AlibabaCommands commands = new AlibabaCommands(world);
    AlibabaTransfers transfers = new AlibabaTransfers(world);
    AlibabaTaskQuery tasks = new AlibabaTaskQuery(world);
    return Map.ofEntries(
        Map.entry("DescribeCloudPhoneNodes", listings::describeCloudPhoneNodes),
        Map.entry("DescribeAndroidInstances", listings::describeAndroidInstances),
        Map.entry("StartAndroidInstance", ex -> lifecycle.run(ex, AlibabaLifecycle.START)),
        Map.entry("StopAndroidInstance", ex -> lifecycle.run(ex, AlibabaLifecycle.STOP)),
        Map.entry("RebootAndroidInstancesInGroup", ex -> lifecycle.run(ex, AlibabaLifecycle.REBOOT)),
        Map.entry("ResetAndroidInstancesInGroup", ex -> lifecycle.run(ex, AlibabaLifecycle.RESET)),
        Map.entry("ModifyAndroidInstance", lifecycle::modify),
        Map.entry("RunCommand", commands::runCommand),
        Map.entry("RunSyncCommand", commands::runSyncCommand),
        Map.entry("DescribeInvocations", commands::describeInvocations),
        Map.entry("InstallApp", transfers::installApp),
        Map.entry("SendFile", transfers::sendFile),
        Map.entry("DescribeTasks", tasks::describeTasks));
  }
}
