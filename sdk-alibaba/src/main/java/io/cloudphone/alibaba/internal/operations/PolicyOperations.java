package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreatePolicyGroupRequest;
import io.cloudphone.alibaba.model.CreatePolicyGroupResponse;
import io.cloudphone.alibaba.model.DeletePolicyGroupRequest;
import io.cloudphone.alibaba.model.DeletePolicyGroupResponse;
import io.cloudphone.alibaba.model.ListPolicyGroupsRequest;
import io.cloudphone.alibaba.model.ListPolicyGroupsResponse;
import io.cloudphone.alibaba.model.ModifyPolicyGroupRequest;
import io.cloudphone.alibaba.model.ModifyPolicyGroupResponse;
import io.cloudphone.core.internal.Operation;

/** Cloud phone policy operations of Alibaba Cloud Phone, declared as data. */
public final class PolicyOperations {
  private PolicyOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreatePolicyGroup: creates a policy; its network redirection and watermark go as JSON strings. */
  public static final Operation<CreatePolicyGroupRequest, CreatePolicyGroupResponse> CREATE_POLICY_GROUP =
      Operation.builder("CreatePolicyGroup", POST, "/",
              CreatePolicyGroupRequest.class, CreatePolicyGroupResponse.class)
          .form("CameraRedirect", "Clipboard", "Html5FileTransfer", "LocalDrive", "LockResolution",
              "NetRedirectPolicy", "PolicyGroupName", "PolicyType", "ResolutionHeight", "ResolutionWidth",
              "Watermark")
          .jsonString("NetRedirectPolicy", "Watermark")
          .docUrl(DOCS + "createpolicygroup")
          .build();

  /** DeletePolicyGroup: deletes policies. */
  public static final Operation<DeletePolicyGroupRequest, DeletePolicyGroupResponse> DELETE_POLICY_GROUP =
      Operation.builder("DeletePolicyGroup", POST, "/",
              DeletePolicyGroupRequest.class, DeletePolicyGroupResponse.class)
          .docUrl(DOCS + "deletepolicygroup")
          .build();

  /** ListPolicyGroups: one page of policies, filtered. */
  public static final Operation<ListPolicyGroupsRequest, ListPolicyGroupsResponse> LIST_POLICY_GROUPS =
      Operation.builder("ListPolicyGroups", POST, "/",
              ListPolicyGroupsRequest.class, ListPolicyGroupsResponse.class)
          .form("MaxResults", "NextToken", "PolicyGroupIds", "PolicyGroupName", "PolicyType")
          .idempotent(true)
          .docUrl(DOCS + "listpolicygroups")
          .build();

  /** ModifyPolicyGroup: changes a policy; its network redirection and watermark go as JSON strings. */
  public static final Operation<ModifyPolicyGroupRequest, ModifyPolicyGroupResponse> MODIFY_POLICY_GROUP =
      Operation.builder("ModifyPolicyGroup", POST, "/",
              ModifyPolicyGroupRequest.class, ModifyPolicyGroupResponse.class)
          .form("CameraRedirect", "Clipboard", "Html5FileTransfer", "LocalDrive", "LockResolution",
              "NetRedirectPolicy", "PolicyGroupId", "PolicyGroupName", "ResolutionHeight", "ResolutionWidth",
              "Watermark")
          .jsonString("NetRedirectPolicy", "Watermark")
          .docUrl(DOCS + "modifypolicygroup")
          .build();
}
