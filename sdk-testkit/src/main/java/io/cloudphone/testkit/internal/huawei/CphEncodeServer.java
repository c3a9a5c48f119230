package io.cloudphone.testkit.internal.huawei;

/** One fake encode server (the streaming host in front of a server's phones); guarded by the state's lock. */
final class CphEncodeServer {
  /** Encode server statuses (API reference, ListEncodeServers): 1 running, 3 restarting, 4 frozen. */
  static final int RUNNING = 1;
  static final int RESTARTING = 3;
  static final int FROZEN = 4;

  final String id;
  final String name;
  final String serverId;
  final String ip;
  final int position;
  int status = RUNNING;

  CphEncodeServer(String id, String name, String serverId, String ip, int position) {
    this.id = id;
    this.name = name;
    this.serverId = serverId;
    this.ip = ip;
    this.position = position;
  }
}
