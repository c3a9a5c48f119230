package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CheckResourceStockRequest;
import io.cloudphone.alibaba.model.CheckResourceStockResponse;
import io.cloudphone.alibaba.model.DescribeRegionsRequest;
import io.cloudphone.alibaba.model.DescribeRegionsResponse;
import io.cloudphone.alibaba.model.DescribeSpecRequest;
import io.cloudphone.alibaba.model.DescribeSpecResponse;
import io.cloudphone.core.internal.Operation;

/** What eds-aic 2023-09-30 offers (regions, specifications, stock), declared as data. */
public final class CatalogueOperations {
  private CatalogueOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CheckResourceStock: whether a specification is in stock, per zone. */
  public static final Operation<CheckResourceStockRequest, CheckResourceStockResponse> CHECK_RESOURCE_STOCK =
      Operation.builder("CheckResourceStock", POST, "/", CheckResourceStockRequest.class, CheckResourceStockResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "checkresourcestock")
          .build();

  /** DescribeRegions: the regions where cloud phones are sold. */
  public static final Operation<DescribeRegionsRequest, DescribeRegionsResponse> DESCRIBE_REGIONS =
      Operation.builder("DescribeRegions", POST, "/", DescribeRegionsRequest.class, DescribeRegionsResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describeregions")
          .build();

  /** DescribeSpec: one page of instance specifications, filtered. */
  public static final Operation<DescribeSpecRequest, DescribeSpecResponse> DESCRIBE_SPEC =
      Operation.builder("DescribeSpec", POST, "/", DescribeSpecRequest.class, DescribeSpecResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describespec")
          .build();
}
