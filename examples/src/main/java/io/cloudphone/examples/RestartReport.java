package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Job;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.bulk.BulkResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What became of each phone of a bulk operation: the result, the phones as they were before, the provider jobs
 * it started (Huawei has one per phone; Alibaba's restarts have none) and the phones as they are now.
 *
 * @param result the bulk result
 * @param before the phones before the operation, by id
 * @param jobs the jobs the operation started, by job id
 * @param now the phones read again afterwards, by id
 */
public record RestartReport(BulkResult result, Map<String, Phone> before, Map<String, Job> jobs,
    Map<String, Phone> now) {

  /** Copies the maps. */
  public RestartReport {
    before = Map.copyOf(before);
    jobs = Map.copyOf(jobs);
    now = Map.copyOf(now);
  }

  /** Reads the jobs and the phones' current status for {@code result}, listing each server's phones once. */
  public static RestartReport collect(CloudPhoneClient cloud, BulkResult result, Collection<Phone> before) {
    Map<String, Job> jobs = cloud.jobs().list(result).stream()
        .collect(Collectors.toMap(Job::id, Function.identity(), (a, b) -> a));
    Set<String> ids = result.byId().keySet();
    Map<String, Phone> now = new HashMap<>();
    Set<String> servers = before.stream().map(Phone::serverId).flatMap(Optional::stream)
        .collect(Collectors.toSet());
    for (String server : servers) {
      cloud.phones().list(PhoneFilter.builder().serverId(server).build()).stream()
          .filter(phone -> ids.contains(phone.id())).forEach(phone -> now.put(phone.id(), phone));
    }
    ids.stream().filter(id -> !now.containsKey(id)).forEach(id -> now.put(id, cloud.phones().get(id)));
    return new RestartReport(result, before.stream()
        .collect(Collectors.toMap(Phone::id, Function.identity(), (a, b) -> a)), jobs, now);
  }
}
