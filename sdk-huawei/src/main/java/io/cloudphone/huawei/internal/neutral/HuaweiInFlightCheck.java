package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.JobStatus;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.InFlightCheck;
import io.cloudphone.huawei.model.CloudPhone;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * On resume, what CPH shows of a lifecycle request (restart, start, stop, reset) sent before the crash without a
 * recorded answer. The jobs cannot be found (ListJobs needs the request id of the answer that was lost), so the
 * phones' status is read, batched through {@link HuaweiPhoneStates}: a phone in the operation's transitional status
 * is adopted and followed through its status; one already where a start or stop puts it is done; one in the
 * operation's failed status, updated since the request was sent, failed. Anything else shows nothing.
 */
final class HuaweiInFlightCheck implements InFlightCheck {
  /**
   * How far CPH's clock (which dates {@code update_time}, to the second) may be behind ours: a failed status older
   * than the request by more than this predates it.
   */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final HuaweiPhoneStates states;
  private final LifecycleCodes codes;

  HuaweiInFlightCheck(HuaweiPhoneStates states, LifecycleCodes codes) {
    this.states = states;
    this.codes = codes;
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> check(Map<String, Instant> sentAt) {
    return states.find(sentAt.keySet(), codes.evidence()).thenApply(found -> {
      Map<String, ItemResult> out = new LinkedHashMap<>();
      found.forEach((id, phone) -> {
        int status = phone.status().orElse(Integer.MIN_VALUE);
        if (status == codes.during()) {
          out.put(id, ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS).jobStatus(JobStatus.RUNNING)
              .build());
        } else if (status == codes.done() && codes.doneShowsIt()) {
          out.put(id, ItemResult.builder().id(id).outcome(ItemOutcome.SUCCEEDED).build());
        } else if (status == codes.failed() && since(phone, sentAt.get(id))) {
          out.put(id, ItemResult.failed(id, null, "CPH shows the phone in status " + status + " (" + codes.verb()
              + " failed) since " + phone.updateTime().orElseThrow()));
        }
      });
      return out;
    });
  }

  /** Whether the phone changed after the request was sent, allowing for CPH's clock and its whole seconds. */
  private static boolean since(CloudPhone phone, Instant sent) {
    Instant earliest = sent.truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
    return phone.updateTime().map(updated -> !updated.isBefore(earliest)).orElse(false);
  }

  @Override
  public String noTrace() {
    return "ListCloudPhones shows the phone neither " + codes.verb() + " nor failed at it since then"
        + (codes.doneShowsIt() ? ", nor already in status " + codes.done() : "");
  }
}
