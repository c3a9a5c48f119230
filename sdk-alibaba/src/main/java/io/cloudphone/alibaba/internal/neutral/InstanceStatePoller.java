package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Follows Start and Stop, which return no task id (and Reboot/Reset for phones whose answer named no task of their
 * own), by reading the instances with DescribeAndroidInstances
 * (at most 100 ids a call, its page size) until each reaches {@code target}.
 *
 * <p>An instance in a failed or deleted state ends FAILED with its {@code ErrorCode} (or its status as the code);
 * one missing from the answer ends FAILED with {@code InstanceNotFound}. One at rest in the other stable state
 * (STOPPED when RUNNING is wanted, or the reverse) on two polls in a row ends FAILED the same way: the service
 * refused or undid the action (a reboot of a stopped instance) and the instance will not get there by itself. This
 * relies on Alibaba switching an instance to its transitional state (e.g. REBOOTING) when it accepts the request;
 * the second look leaves room for a service slow to show it.
 */
final class InstanceStatePoller implements CompletionPoller {
  /** DescribeAndroidInstances' largest page: 1 to 100 entries. */
  static final int IDS_PER_CALL = 100;

  private final AlibabaCloudPhoneClient client;
  private final PhoneStatus target;
  /** Instances last seen at rest in a stable state other than the target, with that raw status. */
  private final Map<String, String> restingElsewhere = new ConcurrentHashMap<>();

  InstanceStatePoller(AlibabaCloudPhoneClient client, PhoneStatus target) {
    this.client = client;
    this.target = target;
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    List<String> ids = pending.stream().map(ItemResult::id).toList();
    List<Supplier<CompletableFuture<Map<String, ItemResult>>>> calls = BoundedBatches.chunks(ids, IDS_PER_CALL)
        .stream().<Supplier<CompletableFuture<Map<String, ItemResult>>>>map(chunk -> () -> lookUp(chunk))
        .toList();
    return BoundedBatches.run(calls, BoundedBatches.PARALLEL);
  }

  private CompletableFuture<Map<String, ItemResult>> lookUp(List<String> chunk) {
    DescribeAndroidInstancesRequest request = DescribeAndroidInstancesRequest.builder()
        .androidInstanceIds(chunk).maxResults(IDS_PER_CALL).build();
    return client.async().describeAndroidInstances(request).thenApply(response -> {
      Map<String, AndroidInstance> byId = new HashMap<>();
      response.instanceModel().forEach(i -> i.androidInstanceId().ifPresent(id -> byId.put(id, i)));
      Map<String, ItemResult> updates = new HashMap<>();
      for (String id : chunk) {
        AndroidInstance instance = byId.get(id);
        if (instance == null) {
          updates.put(id, ItemResult.failed(id, "InstanceNotFound",
              "DescribeAndroidInstances no longer returns this instance"));
          continue;
        }
        settled(id, instance).ifPresent(result -> updates.put(id, result));
      }
      return updates;
    });
  }

  private Optional<ItemResult> settled(String id, AndroidInstance instance) {
    String raw = instance.androidInstanceStatus().orElse("");
    PhoneStatus status = AlibabaPhoneStatusMapper.toNeutral(raw);
    if (status == target) {
      return Optional.of(ItemResult.builder().id(id).outcome(ItemOutcome.SUCCEEDED).build());
    }
    boolean stable = status == PhoneStatus.RUNNING || status == PhoneStatus.STOPPED;
    boolean restingElsewhereAgain = stable && raw.equals(restingElsewhere.put(id, raw));
    if (!stable) {
      restingElsewhere.remove(id);
    }
    if (status == PhoneStatus.FAILED || status == PhoneStatus.DELETING || restingElsewhereAgain) {
      String code = instance.errorCode().filter(c -> !c.isEmpty()).orElse(raw);
      return Optional.of(ItemResult.failed(id, code, "the instance is " + raw + ", not " + target));
    }
    return Optional.empty();
  }
}
