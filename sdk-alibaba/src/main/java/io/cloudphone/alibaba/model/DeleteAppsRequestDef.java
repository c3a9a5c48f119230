package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Deletes registered apps ({@code DeleteApps}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteAppsRequest.Builder.class)
abstract class DeleteAppsRequestDef {
  /** Apps to delete. */
  public abstract List<String> appIdList();
}
