package io.cloudphone.core;

import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
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
