package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.huawei.HuaweiCphAsyncClient;
import io.cloudphone.huawei.model.CloudPhone;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds many phones' status at once with {@code ListCloudPhones}: CPH cannot list phones by id, so it lists the
 * phones in each status asked for (its {@code status} filter), 100 a page, and stops as soon as every phone wanted
 * was seen. Statuses are listed in the order given, so a phone leaving the first (a transitional status) for a later
 * one while the pages are read is still found.
 */
final class HuaweiPhoneStates {
  private final HuaweiCphAsyncClient async;

  HuaweiPhoneStates(HuaweiCphAsyncClient async) {
    this.async = async;
  }

  /** The phones among {@code phoneIds} that are in one of {@code statuses}, by id; the others are absent. */
  CompletableFuture<Map<String, CloudPhone>> find(Collection<String> phoneIds, List<Integer> statuses) {
    Set<String> wanted = Set.copyOf(phoneIds);
    Map<String, CloudPhone> found = new ConcurrentHashMap<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int status : statuses) {
      chain = chain.thenCompose(done -> found.size() == wanted.size() ? CompletableFuture.completedFuture(null)
          : list(status, 0, wanted, found));
    }
    return chain.thenApply(done -> Map.copyOf(found));
  }

  private CompletableFuture<Void> list(int status, int offset, Set<String> wanted, Map<String, CloudPhone> found) {
    ListCloudPhonesRequest.Builder request = ListCloudPhonesRequest.builder().status(status)
        .limit(HuaweiBulkLimits.LIST_PAGE);
    if (offset > 0) {
      request.offset(offset);
    }
    return async.listCloudPhones(request.build()).thenCompose(page -> {
      for (CloudPhone phone : page.phones()) {
        phone.phoneId().filter(wanted::contains).ifPresent(id -> found.putIfAbsent(id, phone));
      }
      if (page.phones().size() < HuaweiBulkLimits.LIST_PAGE || found.size() == wanted.size()) {
        return CompletableFuture.completedFuture(null);
      }
      return list(status, offset + page.phones().size(), wanted, found);
    });
  }
}
