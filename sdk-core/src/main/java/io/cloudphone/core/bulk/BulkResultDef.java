package io.cloudphone.core.bulk;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Every id a bulk operation was given, exactly once, with what became of it, in input order. */
@Value.Immutable
@CloudPhoneStyle
abstract class BulkResultDef {
  /** What the operation did, e.g. {@code restart phones}. */
  public abstract String operation();

  /** The result of each distinct input id, in input order. */
  public abstract List<ItemResult> items();

  /** The results keyed by id, in input order. */
  @Value.Lazy
  public Map<String, ItemResult> byId() {
    Map<String, ItemResult> byId = new LinkedHashMap<>();
    items().forEach(item -> byId.put(item.id(), item));
    return java.util.Collections.unmodifiableMap(byId);
  }

  /** The result for one id, if the operation was given it. */
  public Optional<ItemResult> item(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The items that succeeded. */
  public List<ItemResult> succeeded() {
    return having(ItemOutcome.SUCCEEDED);
  }

  /** The items that failed, each with its reason. */
  public List<ItemResult> failed() {
    return having(ItemOutcome.FAILED);
  }

  /** The items still running when the result was taken. */
  public List<ItemResult> inProgress() {
    return having(ItemOutcome.IN_PROGRESS);
  }

  /** The items never sent because the operation was cancelled. */
  public List<ItemResult> notAttempted() {
    return having(ItemOutcome.NOT_ATTEMPTED);
  }

  /** Whether every item has a final outcome. */
  public boolean isComplete() {
    return inProgress().isEmpty();
  }

  private List<ItemResult> having(ItemOutcome outcome) {
    return items().stream().filter(item -> item.outcome() == outcome).collect(Collectors.toList());
  }

  /** A one-line summary, e.g. {@code restart phones: 9990 succeeded, 10 failed}. */
  public String summary() {
    return operation() + ": " + succeeded().size() + " succeeded, " + failed().size() + " failed"
        + (inProgress().isEmpty() ? "" : ", " + inProgress().size() + " in progress")
        + (notAttempted().isEmpty() ? "" : ", " + notAttempted().size() + " not attempted");
  }
}
