package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Job;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The jobs of every member of a fleet: a job is asked of the member that started it (known from the fleet's
 * bulk results), else of each member in turn.
 */
public final class FleetJobs implements Jobs {
  private final FleetContext fleet;

  /** The jobs of {@code fleet}'s members. */
  public FleetJobs(FleetContext fleet) {
    this.fleet = fleet;
  }

  @Override
  public Job get(String jobId) {
    Objects.requireNonNull(jobId, "jobId");
    FleetLookup.Found<Job> found = FleetLookup.find(fleet, Kind.JOB, jobId, FleetJobs::read);
    return stamp(found.value(), found.member());
  }

  private static Job read(CloudPhoneClient member, String jobId) {
    return member.jobs().get(jobId);
  }

  private Job stamp(Job job, String member) {
    fleet.index().record(Kind.JOB, job.id(), member);
    return Job.builder().from(job).member(member).build();
  }

  /** The jobs of a result, each asked of the member its item names (a fleet's results name one per item). */
  @Override
  public List<Job> list(BulkResult result) {
    Objects.requireNonNull(result, "result");
    Map<String, List<ItemResult>> byMember = new LinkedHashMap<>();
    for (ItemResult item : result.items()) {
      String member = item.member().or(() -> fleet.index().member(Kind.PHONE, item.id()))
          .or(() -> fleet.index().member(Kind.SERVER, item.id())).orElse(null);
      if (member != null && fleet.members().containsKey(member)) {
        byMember.computeIfAbsent(member, name -> new ArrayList<>()).add(item);
      }
    }
    List<Job> jobs = new ArrayList<>();
    byMember.forEach((member, items) -> fleet.member(member).jobs()
        .list(BulkResult.builder().operation(result.operation()).items(items).build())
        .forEach(job -> jobs.add(stamp(job, member))));
    return jobs;
  }

  /** Waits for each member's jobs in turn, all within {@code timeout} on the fleet's clock. */
  @Override
  public List<Job> await(Collection<String> jobIds, Duration timeout) {
    Objects.requireNonNull(jobIds, "jobIds");
    Objects.requireNonNull(timeout, "timeout");
    Map<String, List<String>> byMember = new LinkedHashMap<>();
    for (String jobId : new LinkedHashSet<>(jobIds)) {
      String member = FleetLookup.find(fleet, Kind.JOB, jobId, FleetJobs::read).member();
      byMember.computeIfAbsent(member, name -> new ArrayList<>()).add(jobId);
    }
    Instant deadline = fleet.clock().instant().plus(timeout);
    List<Job> jobs = new ArrayList<>();
    for (Map.Entry<String, List<String>> part : byMember.entrySet()) {
      Duration left = Duration.between(fleet.clock().instant(), deadline);
      if (left.isNegative()) {
        left = Duration.ZERO;
      }
      fleet.member(part.getKey()).jobs().await(part.getValue(), left)
          .forEach(job -> jobs.add(stamp(job, part.getKey())));
    }
    return jobs;
  }
}
