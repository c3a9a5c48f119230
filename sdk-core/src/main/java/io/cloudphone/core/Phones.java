package io.cloudphone.core;

import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import java.nio.file.Path;
import java.util.Collection;

/** Phones of either provider: Huawei cloud phones, Alibaba Android instances. */
public interface Phones {
  /** Lists phones lazily, a page at a time. */
  Paged<Phone> list(PhoneFilter filter);

  /**
   * Reads one phone.
   *
   * @throws NotFoundException when it does not exist
   */
  Phone get(String phoneId);

  /** Starts phones in bulk. */
  BulkOperation start(Collection<String> phoneIds, BulkOptions options);

  /** Stops phones in bulk. */
  BulkOperation stop(Collection<String> phoneIds, BulkOptions options);

  /** Restarts phones in bulk. */
  BulkOperation restart(Collection<String> phoneIds, BulkOptions options);

  /** Resets phones to their image in bulk (their data is lost). */
  BulkOperation reset(Collection<String> phoneIds, BulkOptions options);

  /** Renames one phone. */
  void rename(String phoneId, String newName);

  /** Runs a shell command on each phone; each item's {@code output()} holds that phone's output. */
  BulkOperation runShellCommand(Collection<String> phoneIds, String command, BulkOptions options);

  /**
   * Installs an app on each phone: {@code source} is the provider's app reference (Huawei: an
   * {@code obs://bucket/path.apk} address; Alibaba: an app id from CreateApp).
   */
  BulkOperation installApp(Collection<String> phoneIds, String source, BulkOptions options);

  /**
   * Pushes a file to each phone: {@code source} is the provider's file reference (Huawei: an
   * {@code obs://bucket/path.tar}; Alibaba: an OSS URL), {@code targetPath} where it goes on the phone (Huawei
   * unpacks the tar at its own paths and ignores it).
   */
  BulkOperation pushFile(Collection<String> phoneIds, String source, String targetPath, BulkOptions options);

  /**
   * Finishes a bulk operation from its journal ({@link BulkOptions#journal()}) after a crash or a cancel, settling
   * every id of it exactly once: ids the journal saw finish are reported from it without a request; ids the
   * provider accepted are followed through their job, task or state; the ids never sent are sent.
   *
   * <p>Ids whose request was sent without a recorded answer (the crash came while it was on the wire) are first
   * looked up with the provider, in batches, before anything is sent again:
   * <ul>
   *   <li>Huawei, restart, start, stop and reset: the phones' status ({@code ListCloudPhones} filtered by status,
   *       100 a page, as CPH cannot find the jobs without the lost answer's request id). Restarting, stopping or
   *       resetting: adopted and followed until the status changes; running (start) or stopped (stop): done; the
   *       operation's failed status, updated since the request: failed.</li>
   *   <li>Huawei, shell command, install and push: nothing can be looked up (their jobs are found only through the
   *       lost answer, and a phone's status does not show them).</li>
   *   <li>Alibaba, start and stop: the instances' state ({@code DescribeAndroidInstances}, 100 ids a call):
   *       STARTING or STOPPING is adopted, RUNNING or STOPPED is done.</li>
   *   <li>Alibaba, restart, reset, command, install and push: each instance's own task of the operation's type
   *       started since the request ({@code DescribeTasks} by ResourceIds and TaskTypes, 100 ids a call; an install
   *       must name the app, a push the target path): adopted while it runs (a command then read through
   *       DescribeInvocations), reported once it ended.</li>
   * </ul>
   * Ids the provider shows no trace of are sent again for restart, start and stop; for reset, install, push and
   * commands, which must never run twice, they fail without a request, with a message saying what was looked at.
   * When the look-up itself fails, those ids fail in this run without being recorded as settled, so resuming the
   * journal again looks again. The resumed run appends to the same journal, so it can itself be resumed.
   *
   * @param journal the journal of an operation of this provider's phones
   * @param options pacing and listener for the resumed run (its journal is {@code journal})
   * @throws IllegalArgumentException when the file is not such a journal
   * @throws java.io.UncheckedIOException when it cannot be read or appended to
   */
  BulkOperation resume(Path journal, BulkOptions options);

  /** Resumes a journaled bulk operation with default pacing; see {@link #resume(Path, BulkOptions)}. */
  default BulkOperation resume(Path journal) {
    return resume(journal, BulkOptions.defaults());
  }

  /** Starts phones in bulk with default pacing. */
  default BulkOperation start(Collection<String> phoneIds) {
    return start(phoneIds, BulkOptions.defaults());
  }

  /** Stops phones in bulk with default pacing. */
  default BulkOperation stop(Collection<String> phoneIds) {
    return stop(phoneIds, BulkOptions.defaults());
  }

  /** Restarts phones in bulk with default pacing. */
  default BulkOperation restart(Collection<String> phoneIds) {
    return restart(phoneIds, BulkOptions.defaults());
  }

  /** Resets phones in bulk with default pacing. */
  default BulkOperation reset(Collection<String> phoneIds) {
    return reset(phoneIds, BulkOptions.defaults());
  }
}
