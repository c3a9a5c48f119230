package io.cloudphone.core;

import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import java.util.Collection;

/** Servers of either provider: Huawei cloud phone servers, Alibaba cloud phone nodes. */
public interface Servers {
  /** Lists servers lazily, a page at a time. */
  Paged<Server> list(ServerFilter filter);

  /**
   * Reads one server.
   *
   * @throws NotFoundException when it does not exist
   */
  Server get(String serverId);

  /** Restarts servers in bulk with default pacing. */
  default BulkOperation restart(Collection<String> serverIds) {
    return restart(serverIds, BulkOptions.defaults());
  }

  /** Restarts servers in bulk. */
  BulkOperation restart(Collection<String> serverIds, BulkOptions options);
}
