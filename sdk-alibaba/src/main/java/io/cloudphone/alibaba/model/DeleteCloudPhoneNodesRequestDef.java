package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code DeleteCloudPhoneNodes}: the matrices to release. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteCloudPhoneNodesRequest.Builder.class)
abstract class DeleteCloudPhoneNodesRequestDef {
  /** Ids of the matrices to delete, sent in the form body as {@code NodeIds.N}. */
  public abstract List<String> nodeIds();
}
