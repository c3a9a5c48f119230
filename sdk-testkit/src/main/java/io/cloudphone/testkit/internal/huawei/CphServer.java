package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One fake cloud phone server and what lives on it; guarded by its {@link CphState}'s lock. */
final class CphServer {
  final String id;
  final int position;
  final Instant createTime;
  final String networkVersion;
  final String orderId;
  String name;
  String serverModelName;
  String phoneModelName;
  String keypairName;
  String bandwidthId;
  int status;
  Instant updateTime;
  /** Whether a deletion was ordered; the server goes away when its job ends. */
  boolean deleting;
  /** Shared files pushed to the server, by path. */
  final Set<String> shareFiles = new LinkedHashSet<>();
  /** Shared apps pushed to the server: package name to its versions. */
  final Map<String, List<String>> shareApps = new LinkedHashMap<>();
  /** Ids of the SFS Turbo file systems attached to the server. */
  final Set<String> fileSystems = new LinkedHashSet<>();
  /** Tags on the server, in the order they were added. */
  final Map<String, String> tags = new LinkedHashMap<>();

  CphServer(String id, String name, int position, int status, Instant createTime, String networkVersion,
      String orderId) {
    this.id = id;
    this.name = name;
    this.position = position;
    this.status = status;
    this.createTime = createTime;
    this.updateTime = createTime;
    this.networkVersion = networkVersion;
    this.orderId = orderId;
    this.serverModelName = CphJson.SERVER_MODEL;
    this.phoneModelName = CphJson.PHONE_MODEL;
    this.keypairName = CphJson.KEYPAIR;
  }
}
