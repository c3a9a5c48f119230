package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Deletes ADB key pairs ({@code DeleteKeyPairs}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteKeyPairsRequest.Builder.class)
abstract class DeleteKeyPairsRequestDef {
  /** Key pairs to delete. */
  public abstract List<String> keyPairIds();
}
