package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A page of credit change records of {@code DescribeCreditDetail}, with both its NextToken and page-number
 * position.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreditDetailPage.Builder.class)
abstract class CreditDetailPageDef {
  /** The records on this page. */
  public abstract List<CreditRecord> details();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** Page number of this page. */
  public abstract Optional<Integer> pageNum();

  /** Entries per page (at most 100). */
  public abstract Optional<Integer> pageSize();

  /** Number of records matching the filters. */
  public abstract Optional<Integer> totalCount();

  /** Sum of the credit changes, as the service sends it (a decimal string). */
  public abstract Optional<String> totalCreditChange();
}
