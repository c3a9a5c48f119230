package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of backup files. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeBackupFilesResponse.Builder.class)
abstract class DescribeBackupFilesResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of backup files matching the filters. */
  public abstract Optional<Long> totalCount();

  /** Page size the service applied (sent as a string). */
  public abstract Optional<Integer> maxResults();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** The backup files on this page. */
  public abstract List<BackupFile> data();
}
