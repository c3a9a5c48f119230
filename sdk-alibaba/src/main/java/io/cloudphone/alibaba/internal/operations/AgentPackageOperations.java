package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateEdgeMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.CreateEdgeMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.CreateMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.CreateMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.DeleteMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.DeleteMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.DescribeEdgeMobileAgentPackagesRequest;
import io.cloudphone.alibaba.model.DescribeEdgeMobileAgentPackagesResponse;
import io.cloudphone.alibaba.model.DescribeMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.DescribeMobileAgentPackageResponse;
import io.cloudphone.alibaba.model.RenewMobileAgentPackageRequest;
import io.cloudphone.alibaba.model.RenewMobileAgentPackageResponse;
import io.cloudphone.core.internal.Operation;

/** Agent package (resource plan and edge license) operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query. */
public final class AgentPackageOperations {
  private AgentPackageOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateEdgeMobileAgentPackage: orders edge agent packages. */
  public static final Operation<CreateEdgeMobileAgentPackageRequest, CreateEdgeMobileAgentPackageResponse> CREATE_EDGE_MOBILE_AGENT_PACKAGE =
      Operation.builder("CreateEdgeMobileAgentPackage", POST, "/", CreateEdgeMobileAgentPackageRequest.class, CreateEdgeMobileAgentPackageResponse.class)
          .docUrl(DOCS + "createedgemobileagentpackage")
          .build();

  /** CreateMobileAgentPackage: buys mobile agent resource plans. */
  public static final Operation<CreateMobileAgentPackageRequest, CreateMobileAgentPackageResponse> CREATE_MOBILE_AGENT_PACKAGE =
      Operation.builder("CreateMobileAgentPackage", POST, "/", CreateMobileAgentPackageRequest.class, CreateMobileAgentPackageResponse.class)
          .docUrl(DOCS + "createmobileagentpackage")
          .build();

  /** DeleteMobileAgentPackage: deletes resource plans. */
  public static final Operation<DeleteMobileAgentPackageRequest, DeleteMobileAgentPackageResponse> DELETE_MOBILE_AGENT_PACKAGE =
      Operation.builder("DeleteMobileAgentPackage", POST, "/", DeleteMobileAgentPackageRequest.class, DeleteMobileAgentPackageResponse.class)
          .docUrl(DOCS + "deletemobileagentpackage")
          .build();

  /** DescribeEdgeMobileAgentPackages: one page of edge agent packages; LicenseKeys and PackageIds travel comma-joined. */
  public static final Operation<DescribeEdgeMobileAgentPackagesRequest, DescribeEdgeMobileAgentPackagesResponse> DESCRIBE_EDGE_MOBILE_AGENT_PACKAGES =
      Operation.builder("DescribeEdgeMobileAgentPackages", POST, "/", DescribeEdgeMobileAgentPackagesRequest.class, DescribeEdgeMobileAgentPackagesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describeedgemobileagentpackages")
          .build();

  /** DescribeMobileAgentPackage: one page (by page number) of resource plans. */
  public static final Operation<DescribeMobileAgentPackageRequest, DescribeMobileAgentPackageResponse> DESCRIBE_MOBILE_AGENT_PACKAGE =
      Operation.builder("DescribeMobileAgentPackage", POST, "/", DescribeMobileAgentPackageRequest.class, DescribeMobileAgentPackageResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describemobileagentpackage")
          .build();

  /** RenewMobileAgentPackage: renews resource plans. */
  public static final Operation<RenewMobileAgentPackageRequest, RenewMobileAgentPackageResponse> RENEW_MOBILE_AGENT_PACKAGE =
      Operation.builder("RenewMobileAgentPackage", POST, "/", RenewMobileAgentPackageRequest.class, RenewMobileAgentPackageResponse.class)
          .docUrl(DOCS + "renewmobileagentpackage")
          .build();
}
