package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code RunAgentTask}, which starts an AI automation task from a natural-language prompt on agent
 * instances or sessions.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunAgentTaskRequest.Builder.class)
abstract class RunAgentTaskRequestDef {
  /** Region of the instances, for example {@code cn-shanghai}. */
  public abstract Optional<String> bizRegionId();

  /** Instances to run the task on, sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  /** Largest number of steps the agent may take. */
  public abstract Optional<Integer> maxSteps();

  /**
   * Run settings, sent as one JSON string ({@code RunConfig={"Skills":[...]}}); the API documents only its {@code
   * Skills} here.
   */
  public abstract Optional<AgentRunConfig> runConfig();

  /** Scheduled task this run belongs to. */
  public abstract Optional<String> scheduleId();

  /**
   * Instances or sessions to run on, sent flattened as {@code Targets.N.InstanceId} / {@code Targets.N.SessionId}.
   */
  public abstract List<AgentTarget> targets();

  /** Saved task configuration to run. */
  public abstract Optional<String> taskConfigId();

  /** Time limit of the task in seconds. */
  public abstract Optional<Integer> timeoutSeconds();

  /** The natural-language instruction, for example {@code Go to App Store and download DingTalk}. */
  public abstract Optional<String> userPrompt();
}
