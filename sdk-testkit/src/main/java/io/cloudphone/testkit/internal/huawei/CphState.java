package io.cloudphone.testkit.internal.huawei;

import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.internal.FakeIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a fake CPH knows: servers, phones and jobs, in creation order. Every method is called with the
 * state's lock held ({@code synchronized (state)}), and {@link #settle(Instant)} first applies the jobs that have
 * ended.
 */
final class CphState {
  final Map<String, CphServer> servers = new LinkedHashMap<>();
  final Map<String, CphPhone> phones = new LinkedHashMap<>();
  final Map<String, CphJob> jobs = new LinkedHashMap<>();
  final Map<String, List<CphJob>> jobsByRequest = new LinkedHashMap<>();
  private final Duration jobDuration;
  private final String seed;
  private long sequence;

  CphState(Fleet fleet, Instant now) {
    this.jobDuration = fleet.jobDuration();
    this.seed = fleet.namePrefix();
    int serverStatus = CphStatuses.serverCode(fleet.serverStatus());
    // Listings run newest first; creating the fleet's first items last keeps listing order = fleet order.
    Instant created = now.minus(Duration.ofDays(1));
    int position = 0;
    for (int s = 0; s < fleet.servers(); s++) {
      String serverId = FakeIds.hex32("cph-server", seed, s);
      servers.put(serverId, new CphServer(serverId, fleet.serverName(s), s, serverStatus,
          created.minusSeconds(60L * s)));
      for (int p = 0; p < fleet.phonesPerServer(); p++) {
        String phoneId = FakeIds.hex32("cph-phone", seed, s, p);
        phones.put(phoneId, new CphPhone(phoneId, serverId, position, fleet.phoneName(s, p),
            CphStatuses.phoneCode(fleet.phoneStatus(position)), created.minusSeconds(position)));
        position++;
      }
    }
  }

  /** Applies the effect of every job that has ended by {@code now}. */
  void settle(Instant now) {
    for (CphJob job : jobs.values()) {
      if (!job.applied && job.ended(now)) {
        job.applied = true;
        finish(job);
      }
    }
  }

  private void finish(CphJob job) {
    if (job.kind == CphJob.Kind.COMMAND) {
      return;
    }
    List<CphPhone> affected = job.kind == CphJob.Kind.SERVER_RESTART ? phonesOn(job.serverId)
        : List.of(phones.get(job.phoneId));
    for (CphPhone phone : affected) {
      if (job.id.equals(phone.currentJobId)) {
        phone.status = job.fails ? job.kind.failed : job.kind.done;
        phone.updateTime = job.end;
        phone.currentJobId = null;
      }
    }
  }

  /** Starts a job on a phone (or, for a server restart, on a server and all its phones). */
  CphJob startJob(String requestId, CphJob.Kind kind, String phoneId, String serverId, Instant now, boolean fails,
      String output, String errorCode, String errorMsg) {
    String jobId = FakeIds.hex32("cph-job", seed, ++sequence);
    CphJob job = new CphJob(jobId, requestId, kind, phoneId, serverId, now, now.plus(jobDuration), fails,
        output, errorCode, errorMsg);
    jobs.put(jobId, job);
    jobsByRequest.computeIfAbsent(requestId, id -> new ArrayList<>()).add(job);
    if (kind != CphJob.Kind.COMMAND) {
      List<CphPhone> affected = kind == CphJob.Kind.SERVER_RESTART ? phonesOn(serverId) : List.of(phones.get(phoneId));
      for (CphPhone phone : affected) {
        phone.status = kind.during;
        phone.updateTime = now;
        phone.currentJobId = jobId;
      }
    }
    return job;
  }

  /** A job that ends at once, e.g. a synchronous command. */
  CphJob finishedJob(String requestId, String phoneId, String serverId, Instant now, boolean fails, String output,
      String errorCode, String errorMsg) {
    String jobId = FakeIds.hex32("cph-job", seed, ++sequence);
    CphJob job = new CphJob(jobId, requestId, CphJob.Kind.COMMAND, phoneId, serverId, now, now, fails, output,
        errorCode, errorMsg);
    job.applied = true;
    jobs.put(jobId, job);
    jobsByRequest.computeIfAbsent(requestId, id -> new ArrayList<>()).add(job);
    return job;
  }

  /** A fresh request id. */
  String newRequestId() {
    return FakeIds.hex32("cph-request", seed, ++sequence);
  }

  List<CphPhone> phonesOn(String serverId) {
    return phones.values().stream().filter(p -> p.serverId.equals(serverId)).toList();
  }

  Optional<CphPhone> phone(String id) {
    return Optional.ofNullable(phones.get(id));
  }

  Optional<CphServer> server(String id) {
    return Optional.ofNullable(servers.get(id));
  }
}
