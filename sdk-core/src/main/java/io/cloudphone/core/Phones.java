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
   * provider accepted are followed through their job, task or state; ids whose request may have reached the
   * provider without a recorded answer are sent again only for restart, start and stop, and otherwise (reset,
   * install, push, command) fail with a reason rather than risk running twice; the ids never sent are sent. The
   * resumed run appends to the same journal, so it can itself be resumed.
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
