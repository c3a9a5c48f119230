package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateCreditPackageRequest;
import io.cloudphone.alibaba.model.CreateCreditPackageResponse;
import io.cloudphone.alibaba.model.DescribeCreditDetailRequest;
import io.cloudphone.alibaba.model.DescribeCreditDetailResponse;
import io.cloudphone.alibaba.model.DescribeCreditPackageRequest;
import io.cloudphone.alibaba.model.DescribeCreditPackageResponse;
import io.cloudphone.core.internal.Operation;

/** Agent credit operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query. */
public final class CreditOperations {
  private CreditOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateCreditPackage: buys credit booster packs. */
  public static final Operation<CreateCreditPackageRequest, CreateCreditPackageResponse> CREATE_CREDIT_PACKAGE =
      Operation.builder("CreateCreditPackage", POST, "/", CreateCreditPackageRequest.class, CreateCreditPackageResponse.class)
          .docUrl(DOCS + "createcreditpackage")
          .build();

  /** DescribeCreditDetail: one page of credit change records (NextToken and page-number paging both). */
  public static final Operation<DescribeCreditDetailRequest, DescribeCreditDetailResponse> DESCRIBE_CREDIT_DETAIL =
      Operation.builder("DescribeCreditDetail", POST, "/", DescribeCreditDetailRequest.class, DescribeCreditDetailResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describecreditdetail")
          .build();

  /** DescribeCreditPackage: credit booster packs with their totals. */
  public static final Operation<DescribeCreditPackageRequest, DescribeCreditPackageResponse> DESCRIBE_CREDIT_PACKAGE =
      Operation.builder("DescribeCreditPackage", POST, "/", DescribeCreditPackageRequest.class, DescribeCreditPackageResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describecreditpackage")
          .build();
}
