package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and page window of {@code DescribeCreditDetail}; every field is optional.
 *
 * <p>The operation pages two ways at once: by {@code NextToken}/{@code MaxResults} and by
 * {@code PageNum}/{@code PageSize}. Both are exposed; the SDK's paged variant follows NextToken.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeCreditDetailRequest.Builder.class)
abstract class DescribeCreditDetailRequestDef {
  /** End of the time range; sent as epoch milliseconds ({@code EndTime=1782906240000}). */
  @JsonSerialize(contentUsing = EpochMillisSerializer.class)
  public abstract Optional<Instant> endTime();

  /** Only changes caused by these agent instances. */
  public abstract List<String> instanceIds();

  /** Entries per NextToken page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer ({@code Data.NextToken}); absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only changes of these resource plans or credit booster packs. */
  public abstract List<String> packageIds();

  /** Page number for page-number paging, from 1; the API types it as a string, the digits are the same. */
  public abstract Optional<Integer> pageNum();

  /** Entries per page for page-number paging; the API types it as a string, the digits are the same. */
  public abstract Optional<Integer> pageSize();

  /** Start of the time range; sent as epoch milliseconds ({@code StartTime=1782819840000}). */
  @JsonSerialize(contentUsing = EpochMillisSerializer.class)
  public abstract Optional<Instant> startTime();

  @Value.Check
  void check() {
    Validate.range("PageNum", pageNum(), 1, Integer.MAX_VALUE);
    Validate.range("PageSize", pageSize(), 1, 100);
  }
}
