package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.ActivateEdgeMobileAgentRequest;
import io.cloudphone.alibaba.model.ActivateEdgeMobileAgentResponse;
import io.cloudphone.alibaba.model.DescribeJVSInstanceRequest;
import io.cloudphone.alibaba.model.DescribeJVSInstanceResponse;
import io.cloudphone.alibaba.model.ModifyJVSInstanceRequest;
import io.cloudphone.alibaba.model.ModifyJVSInstanceResponse;
import io.cloudphone.alibaba.model.RefreshAuthTokensRequest;
import io.cloudphone.alibaba.model.RefreshAuthTokensResponse;
import io.cloudphone.core.internal.Operation;

/** AI agent (JVS) instance and edge agent operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query. */
public final class AgentOperations {
  private AgentOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** ActivateEdgeMobileAgent: registers an edge device as a mobile agent with a license key; DeviceMeta is JSON text the SDK writes from a map. */
  public static final Operation<ActivateEdgeMobileAgentRequest, ActivateEdgeMobileAgentResponse> ACTIVATE_EDGE_MOBILE_AGENT =
      Operation.builder("ActivateEdgeMobileAgent", POST, "/", ActivateEdgeMobileAgentRequest.class, ActivateEdgeMobileAgentResponse.class)
          .docUrl(DOCS + "activateedgemobileagent")
          .build();

  /** DescribeJVSInstance: one page of agent (JVS) instances. */
  public static final Operation<DescribeJVSInstanceRequest, DescribeJVSInstanceResponse> DESCRIBE_JVS_INSTANCE =
      Operation.builder("DescribeJVSInstance", POST, "/", DescribeJVSInstanceRequest.class, DescribeJVSInstanceResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describejvsinstance")
          .build();

  /** ModifyJVSInstance: changes agent instances; CreditConfig flattened as CreditConfig.N.*. */
  public static final Operation<ModifyJVSInstanceRequest, ModifyJVSInstanceResponse> MODIFY_JVS_INSTANCE =
      Operation.builder("ModifyJVSInstance", POST, "/", ModifyJVSInstanceRequest.class, ModifyJVSInstanceResponse.class)
          .docUrl(DOCS + "modifyjvsinstance")
          .build();

  /** RefreshAuthTokens: issues model-gateway tokens; InstanceIds and LicenseKeys travel comma-joined. */
  public static final Operation<RefreshAuthTokensRequest, RefreshAuthTokensResponse> REFRESH_AUTH_TOKENS =
      Operation.builder("RefreshAuthTokens", POST, "/", RefreshAuthTokensRequest.class, RefreshAuthTokensResponse.class)
          .docUrl(DOCS + "refreshauthtokens")
          .build();
}
