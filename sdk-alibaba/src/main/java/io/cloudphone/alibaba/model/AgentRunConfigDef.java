package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an AI agent task runs: step and time limits, skills and extra parameters. RunAgentTask, CreateScheduledTask
 * and ModifyScheduledTask send it as one JSON string ({@code RunConfig}); DescribeScheduledTasks returns it as an
 * object. RunAgentTask documents only {@code Skills} (its limits are top-level parameters there).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentRunConfig.Builder.class)
abstract class AgentRunConfigDef {
  /**
   * Extra parameters for the run. The service takes them as the text of a JSON object inside the RunConfig JSON
   * ({@code "ExtraParams":"{\"batchSize\":\"1000\"}"}); give plain values (strings, numbers, booleans, lists,
   * maps) and the SDK writes that text, and reads it back into a map.
   */
  @JsonSerialize(using = JsonObjectText.Writer.class)
  @JsonDeserialize(using = JsonObjectText.Reader.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, Object> extraParams();

  /** Largest number of steps the agent may take. */
  public abstract Optional<Integer> maxSteps();

  /** Skills the agent may use, by id; left out of the JSON when empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> skills();

  /** Time limit of one run in seconds. */
  public abstract Optional<Integer> timeoutSeconds();
}
