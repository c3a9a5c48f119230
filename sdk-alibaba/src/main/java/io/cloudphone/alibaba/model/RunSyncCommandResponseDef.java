package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code RunSyncCommand}: one result per instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunSyncCommandResponse.Builder.class)
abstract class RunSyncCommandResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** One result per instance. */
  public abstract List<SyncCommandResult> data();

  /** Number of results; the API types it as a string ({@code "31"}), read here as a number. */
  public abstract Optional<Long> totalCount();
}
