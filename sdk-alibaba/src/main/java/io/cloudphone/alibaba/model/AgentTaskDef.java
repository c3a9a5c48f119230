package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An AI agent task as {@code DescribeAgentTask} and {@code RunAgentTask} report it; result fields are present only
 * once the task has ended.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentTask.Builder.class)
abstract class AgentTaskDef {
  /**
   * Status of the task: {@code PENDING}, {@code RUNNING}, {@code COMPLETED}, {@code FAILED}, {@code TIMEOUT},
   * {@code CALL_FOR_USER}, {@code PAUSING}, {@code PAUSED}, {@code CANCELLING}, {@code CANCELED} or {@code
   * STOPPED}.
   */
  public abstract Optional<String> currentStatus();

  /** Where the digest came from: {@code PROMPT_AUTO}, {@code RESULT_AUTO} or {@code USER}. */
  public abstract Optional<String> digestSource();

  /** Instance the task runs on. */
  public abstract Optional<String> instanceId();

  /** Why the task is in its status, when the service says. */
  public abstract Optional<String> reason();

  /** When the task was created, ISO 8601 (for example {@code 2026-04-13T17:42:19Z}). */
  public abstract Optional<String> runningAt();

  /** Session of the task; tasks of one session share context (RunAgentTask only). */
  public abstract Optional<String> sessionId();

  /** Steps taken so far; the API returns this count as a string. */
  public abstract Optional<String> steps();

  /** Short digest of the task, at most 25 characters. */
  public abstract Optional<String> taskDigest();

  /** How long the task took, once COMPLETED or FAILED; a string in the API. */
  public abstract Optional<String> taskDuration();

  /** Id of the task, for example {@code t-imr0fufqd7cle****}. */
  public abstract Optional<String> taskId();

  /** Result of the task, once COMPLETED or FAILED. */
  public abstract Optional<String> taskResult();

  /** The natural-language instruction the agent follows. */
  public abstract Optional<String> userPrompt();
}
