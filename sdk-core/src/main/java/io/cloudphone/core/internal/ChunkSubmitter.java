package io.cloudphone.core.internal;

import io.cloudphone.core.bulk.ItemResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A provider's way to send one batch request of a bulk operation. */
@FunctionalInterface
public interface ChunkSubmitter {
  /**
   * Sends one request for {@code ids} (within the provider's batch limit) and reports each id: SUCCEEDED when
   * done, IN_PROGRESS with a job id when a job was started, FAILED with the item's own error. Ids missing from
   * the map are reported as failed by the engine; a failed future fails the whole chunk.
   */
  CompletableFuture<Map<String, ItemResult>> submit(List<String> ids);
}
