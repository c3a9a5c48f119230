package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code ResumeAgentTask}: the paused agent tasks to resume, optionally with more instructions or
 * answers.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResumeAgentTaskRequest.Builder.class)
abstract class ResumeAgentTaskRequestDef {
  /** Further instruction for the resumed tasks. */
  public abstract Optional<String> additionalPrompt();

  /**
   * Answers to the questions the agent asked, sent flattened as {@code ClarificationAnswers.N.Id}, {@code
   * ClarificationAnswers.N.SelectedIds.M}, ...
   */
  public abstract List<ClarificationAnswer> clarificationAnswers();

  /** Agent tasks to act on, sent as {@code TaskIds.N}; at least one. */
  public abstract List<String> taskIds();

  /** Id of the agent's tool call that the answers respond to. */
  public abstract Optional<String> toolCallId();

  @Value.Check
  void check() {
    Validate.size("TaskIds", taskIds(), 1, Integer.MAX_VALUE);
  }
}
