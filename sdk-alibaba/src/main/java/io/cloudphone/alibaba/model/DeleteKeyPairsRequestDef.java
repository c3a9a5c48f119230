package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Deletes ADB key pairs ({@code DeleteKeyPairs}). */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DeleteKeyPairsRequest.class)
@JsonDeserialize(as = DeleteKeyPairsRequest.class)
abstract class DeleteKeyPairsRequestDef {
  /** Key pairs to delete. */
  public abstract List<String> keyPairIds();
}
