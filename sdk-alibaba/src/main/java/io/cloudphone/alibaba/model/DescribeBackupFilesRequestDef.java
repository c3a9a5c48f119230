package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeBackupFiles}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeBackupFilesRequest.Builder.class)
abstract class DescribeBackupFilesRequestDef {
  /** Only backups of this instance. */
  public abstract Optional<String> androidInstanceId();

  /** Only backups of instances whose name matches (fuzzy). */
  public abstract Optional<String> androidInstanceName();

  /** Only whole-instance backups ({@code true}) or partial ones ({@code false}). */
  public abstract Optional<Boolean> backupAll();

  /** Only this backup file. */
  public abstract Optional<String> backupFileId();

  /** Only backup files whose name matches (fuzzy). */
  public abstract Optional<String> backupFileName();

  /** Only backup files whose description matches (fuzzy). */
  public abstract Optional<String> description();

  /** Only backups created before this time, for example {@code 2024-05-20 10:00:00}. */
  public abstract Optional<String> endTime();

  /** Only backups owned by this user. */
  public abstract Optional<String> endUserId();

  /** Only backups of instances in this group. */
  public abstract Optional<String> instanceGroupId();

  /** Entries per page, 1 to 100; the service defaults to 10. */
  public abstract Optional<Long> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only backups of instances in this sale mode. */
  public abstract Optional<String> saleMode();

  /** Only backups created after this time, for example {@code 2024-05-23 10:00:00}. */
  public abstract Optional<String> startTime();

  /** Only backups in these states, for example {@code AVAILABLE}, {@code BACKUPING}, {@code BACKUP_FAILED}. */
  public abstract List<String> statusList();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
