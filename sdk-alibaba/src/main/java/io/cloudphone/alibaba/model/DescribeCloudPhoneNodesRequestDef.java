package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeCloudPhoneNodes}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeCloudPhoneNodesRequest.Builder.class)
abstract class DescribeCloudPhoneNodesRequestDef {
  /** Only matrices using this bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();

  /** Only matrices in this region, for example {@code cn-hangzhou}. */
  public abstract Optional<String> bizRegionId();

  /** Only matrices with this billing method ({@code PrePaid}). */
  public abstract Optional<String> chargeType();

  /** Matrices per page, 1 to 100 (20 when absent); the API types it as a string, the query carries the same digits. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page; absent for the first page. */
  public abstract Optional<String> nextToken();

  /** Only these matrices. */
  public abstract List<String> nodeIds();

  /** Only matrices with this name. */
  public abstract Optional<String> nodeName();

  /** Only matrices with one of these names. */
  public abstract List<String> nodeNameList();

  /** Only matrices of this specification, for example {@code cpm.gx7.10xlarge}. */
  public abstract Optional<String> serverType();

  /** Field to sort the matrices by. */
  public abstract Optional<String> sortKey();

  /** Direction of the sort by {@code SortKey}. */
  public abstract Optional<String> sortType();

  /** Only matrices in this state: {@code CREATING}, {@code NODE_READY}, {@code RUNNING}, {@code FAILED}, {@code DELETING} or {@code DELETED}. */
  public abstract Optional<String> status();

  /** Only matrices carrying these tags, sent as {@code Tags.N.Key} / {@code Tags.N.Value}. */
  public abstract List<Tag> tags();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
