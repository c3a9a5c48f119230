package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One credit change: the task or request that caused it, the model used and its token counts. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreditRecord.Builder.class)
abstract class CreditRecordDef {
  /** Name of the API key used. */
  public abstract Optional<String> apiKeyName();

  /** Cached tokens. */
  public abstract Optional<Long> cachedTokens();

  /** When the change happened, ISO 8601 (for example {@code 2026-06-30T08:14:02Z}). */
  public abstract Optional<String> changeTime();

  /** Credits changed, as the service sends it (a decimal string such as {@code 0.7637}). */
  public abstract Optional<String> creditChange();

  /** Description of the task. */
  public abstract Optional<String> description();

  /** Model inference time in milliseconds. */
  public abstract Optional<Long> durationMs();

  /** Input tokens. */
  public abstract Optional<Long> inputTokens();

  /** Instance that used the credits. */
  public abstract Optional<String> instanceId();

  /** Name of that instance. */
  public abstract Optional<String> instanceName();

  /** Model used, for example {@code qwen-max}. */
  public abstract Optional<String> modelId();

  /** Output tokens. */
  public abstract Optional<Long> outputTokens();

  /** Resource plan or booster pack charged. */
  public abstract Optional<String> packageId();

  /** Id of the model request that caused the change. */
  public abstract Optional<String> requestId();

  /** Agent task that caused the change. */
  public abstract Optional<String> taskId();

  /** All tokens of the request. */
  public abstract Optional<Long> totalTokens();

  /** Time to the first token in milliseconds. */
  public abstract Optional<Long> ttftMs();
}
