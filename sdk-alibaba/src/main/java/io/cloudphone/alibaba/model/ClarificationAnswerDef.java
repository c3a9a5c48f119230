package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An answer to a question an agent task asked before it could go on. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ClarificationAnswer.Builder.class)
abstract class ClarificationAnswerDef {
  /** A free-text answer. */
  public abstract Optional<String> customValue();

  /** Id of the question answered. */
  public abstract Optional<String> id();

  /** Ids of the offered options chosen. */
  public abstract List<String> selectedIds();
}
