package io.cloudphone.testkit.internal.huawei;

import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.internal.FakeIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a fake CPH knows, in creation order: servers, phones, jobs, bandwidths, encode servers, images,
 * scheduled events, key pairs and orders waiting for payment. Every method is called with the state's lock held
 * ({@code synchronized (state)}), and {@link #settle(Instant)} first applies the jobs and timed changes (a new
 * server becoming ready, a deleted one going away) that are due.
 */
final class CphState {
  /** How the fake's orders (server purchases, spec changes) are paid. */
  enum Payment { COMPLETED, PENDING, FAILED }

  /** A change that happens at a time on the fake's clock, such as a created server becoming ready. */
  private record Timed(Instant at, Runnable change) {}

  final Map<String, CphServer> servers = new LinkedHashMap<>();
  final Map<String, CphPhone> phones = new LinkedHashMap<>();
  final Map<String, CphJob> jobs = new LinkedHashMap<>();
  final Map<String, List<CphJob>> jobsByRequest = new LinkedHashMap<>();
  final Map<String, CphBandwidth> bandwidths = new LinkedHashMap<>();
  final Map<String, CphEncodeServer> encodeServers = new LinkedHashMap<>();
  final Map<String, CphImage> images = new LinkedHashMap<>();
  final Map<String, CphScheduledEvent> events = new LinkedHashMap<>();
  final Set<String> keypairs = new LinkedHashSet<>(List.of(CphJson.KEYPAIR, CphJson.KEYPAIR + "-2"));
  /** Orders waiting for payment: order id to what paying them creates. */
  final Map<String, java.util.function.Consumer<Instant>> pendingOrders = new LinkedHashMap<>();
  Payment payment = Payment.COMPLETED;
  final Duration jobDuration;
  private final List<Timed> timed = new ArrayList<>();
  private final String seed;
  private final int phonesPerServer;
  private long sequence;

  CphState(Fleet fleet, Instant now) {
    this.jobDuration = fleet.jobDuration();
    this.seed = fleet.namePrefix();
    this.phonesPerServer = Math.max(1, fleet.phonesPerServer());
    int serverStatus = CphStatuses.serverCode(fleet.serverStatus());
    // Listings run newest first; creating the fleet's first items last keeps listing order = fleet order.
    Instant created = now.minus(Duration.ofDays(1));
    int position = 0;
    for (int s = 0; s < fleet.servers(); s++) {
      String serverId = FakeIds.hex32("cph-server", seed, s);
      servers.put(serverId, new CphServer(serverId, fleet.serverName(s), s, serverStatus,
          created.minusSeconds(60L * s), "v2", "CS-FAKE-S" + s));
      for (int p = 0; p < fleet.phonesPerServer(); p++) {
        String phoneId = FakeIds.hex32("cph-phone", seed, s, p);
        phones.put(phoneId, new CphPhone(phoneId, serverId, position, fleet.phoneName(s, p),
            CphStatuses.phoneCode(fleet.phoneStatus(position)), created.minusSeconds(position)));
        position++;
      }
      String encodeId = FakeIds.hex32("cph-encode-server", seed, s);
      encodeServers.put(encodeId, new CphEncodeServer(encodeId, fleet.serverName(s) + "-encode", serverId,
          "192.168.1." + (s % 250 + 10), s));
    }
    String bandwidthId = CphJson.uuid("cph-bandwidth", seed);
    bandwidths.put(bandwidthId, new CphBandwidth(bandwidthId, "cph-bandwidth-" + seed, 100, 0, 1, created));
    servers.values().forEach(server -> server.bandwidthId = bandwidthId);
    String own = FakeIds.hex32("cph-image", seed, "private");
    images.put(own, new CphImage(own, seed + "-image", "private", null, created));
    String shared = FakeIds.hex32("cph-image", seed, "shared");
    images.put(shared, new CphImage(shared, seed + "-shared-image", "share", CphJson.OTHER_PROJECT, created));
    if (!servers.isEmpty()) {
      String serverId = servers.keySet().iterator().next();
      String eventId = CphJson.uuid("cph-event", seed, 0);
      events.put(eventId, new CphScheduledEvent(eventId, serverId, "system-maintenance", created,
          now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(7))));
    }
  }

  /** Applies the effect of every job that has ended, and every timed change that is due, by {@code now}. */
  void settle(Instant now) {
    for (CphJob job : jobs.values()) {
      if (!job.applied && job.ended(now)) {
        job.applied = true;
        finish(job);
      }
    }
    List<Timed> due = timed.stream().filter(change -> !change.at.isAfter(now)).toList();
    timed.removeAll(due);
    due.forEach(change -> change.change.run());
  }

  /** Makes {@code change} happen once the fake's clock reaches {@code at}. */
  void at(Instant at, Runnable change) {
    timed.add(new Timed(at, change));
  }

  private void finish(CphJob job) {
    if (job.kind == CphJob.Kind.COMMAND) {
      return;
    }
    List<CphPhone> affected = job.kind == CphJob.Kind.SERVER_RESTART ? phonesOn(job.serverId)
        : Optional.ofNullable(phones.get(job.phoneId)).map(List::of).orElse(List.of());
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
    String jobId = newId("cph-job");
    CphJob job = new CphJob(jobId, requestId, kind, phoneId, serverId, now, now.plus(jobDuration), fails,
        output, errorCode, errorMsg);
    jobs.put(jobId, job);
    jobsByRequest.computeIfAbsent(requestId, id -> new ArrayList<>()).add(job);
    if (kind.during != 0) {
      List<CphPhone> affected = kind == CphJob.Kind.SERVER_RESTART ? phonesOn(serverId) : List.of(phones.get(phoneId));
      for (CphPhone phone : affected) {
        phone.status = kind.during;
        phone.updateTime = now;
        phone.currentJobId = jobId;
      }
    }
    return job;
  }

  /** Starts a job that leaves phone statuses alone (a server-side task such as pushing a share file). */
  CphJob startTask(String requestId, String phoneId, String serverId, Instant now) {
    return startJob(requestId, CphJob.Kind.COMMAND, phoneId, serverId, now, false, null, "", "");
  }

  /** A job that ends at once, e.g. a synchronous command. */
  CphJob finishedJob(String requestId, String phoneId, String serverId, Instant now, boolean fails, String output,
      String errorCode, String errorMsg) {
    String jobId = newId("cph-job");
    CphJob job = new CphJob(jobId, requestId, CphJob.Kind.COMMAND, phoneId, serverId, now, now, fails, output,
        errorCode, errorMsg);
    job.applied = true;
    jobs.put(jobId, job);
    jobsByRequest.computeIfAbsent(requestId, id -> new ArrayList<>()).add(job);
    return job;
  }

  /**
   * Buys {@code count} servers: each is listed at once as creating (status 1) with creating phones, and becomes
   * running (5, phones 2) one job duration later.
   */
  List<String> createServers(String name, int count, String serverModel, String phoneModel, String imageId,
      String keypair, String networkVersion, String orderId, Instant now) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String serverId = newId("cph-server");
      String serverName = count == 1 ? name : name + "-" + (i + 1);
      CphServer server = new CphServer(serverId, serverName, servers.size(), 1, now, networkVersion, orderId);
      server.serverModelName = serverModel;
      server.phoneModelName = phoneModel;
      server.keypairName = keypair;
      server.bandwidthId = bandwidths.isEmpty() ? null : bandwidths.keySet().iterator().next();
      servers.put(serverId, server);
      List<CphPhone> created = new ArrayList<>();
      for (int p = 0; p < phonesPerServer; p++) {
        String phoneId = newId("cph-phone");
        CphPhone phone = new CphPhone(phoneId, serverId, phones.size(), serverName + "-" + (p + 1), 1, now);
        phone.phoneModelName = phoneModel;
        phone.imageId = imageId;
        phones.put(phoneId, phone);
        created.add(phone);
      }
      String encodeId = newId("cph-encode-server");
      encodeServers.put(encodeId, new CphEncodeServer(encodeId, serverName + "-encode", serverId,
          "192.168.2." + (encodeServers.size() % 250 + 10), encodeServers.size()));
      at(now.plus(jobDuration), () -> {
        if (servers.containsKey(serverId)) {
          server.status = 5;
          server.updateTime = now.plus(jobDuration);
          created.stream().filter(phone -> phone.status == 1).forEach(phone -> {
            phone.status = 2;
            phone.updateTime = now.plus(jobDuration);
          });
        }
      });
      ids.add(serverId);
    }
    return ids;
  }

  /** Removes a server with its phones, encode servers and events (what a finished deletion leaves). */
  void removeServer(String serverId) {
    servers.remove(serverId);
    phones.values().removeIf(phone -> phone.serverId.equals(serverId));
    encodeServers.values().removeIf(encode -> encode.serverId.equals(serverId));
    events.values().removeIf(event -> event.serverId.equals(serverId));
  }

  /** A fresh 32-hex-digit id of {@code kind}, unique within this fake. */
  String newId(String kind) {
    return FakeIds.hex32(kind, seed, ++sequence);
  }

  /** A fresh request id. */
  String newRequestId() {
    return newId("cph-request");
  }

  /** A fresh order id, shaped like CBC's. */
  String newOrderId() {
    return "CS" + FakeIds.hex(14, "cph-order", seed, ++sequence).toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether phones can be created or reset with image {@code id}: a public image or a ready custom one. */
  boolean usableImage(String id) {
    CphImage image = images.get(id);
    return CatalogHandlers.publicImage(id) || (image != null && image.status == 1);
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
