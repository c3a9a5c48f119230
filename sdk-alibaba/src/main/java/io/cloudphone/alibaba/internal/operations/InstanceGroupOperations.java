package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateAICloudPhoneRequest;
import io.cloudphone.alibaba.model.CreateAICloudPhoneResponse;
import io.cloudphone.alibaba.model.CreateAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.CreateAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.DeleteAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.DeleteAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.DescribeAndroidInstanceGroupsRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstanceGroupsResponse;
import io.cloudphone.alibaba.model.DowngradeAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.DowngradeAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceGroupResponse;
import io.cloudphone.alibaba.model.ModifyInstanceChargeTypeRequest;
import io.cloudphone.alibaba.model.ModifyInstanceChargeTypeResponse;
import io.cloudphone.alibaba.model.ModifyInstanceGroupSpecRequest;
import io.cloudphone.alibaba.model.ModifyInstanceGroupSpecResponse;
import io.cloudphone.alibaba.model.RenewAndroidInstanceGroupsRequest;
import io.cloudphone.alibaba.model.RenewAndroidInstanceGroupsResponse;
import io.cloudphone.alibaba.model.UpdateInstanceGroupImageRequest;
import io.cloudphone.alibaba.model.UpdateInstanceGroupImageResponse;
import io.cloudphone.alibaba.model.UpgradeAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.UpgradeAndroidInstanceGroupResponse;
import io.cloudphone.core.internal.Operation;

/** Android instance group operations of eds-aic 2023-09-30, declared as data; unlisted parameters go to the query. */
public final class InstanceGroupOperations {
  private InstanceGroupOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateAndroidInstanceGroup: buys instance groups of cloud phones; NetworkInfo travels as one JSON string. */
  public static final Operation<CreateAndroidInstanceGroupRequest, CreateAndroidInstanceGroupResponse> CREATE_ANDROID_INSTANCE_GROUP =
      Operation.builder("CreateAndroidInstanceGroup", POST, "/", CreateAndroidInstanceGroupRequest.class, CreateAndroidInstanceGroupResponse.class)
          .jsonString("NetworkInfo")
          .docUrl(DOCS + "createandroidinstancegroup")
          .build();

  /** DeleteAndroidInstanceGroup: releases instance groups. */
  public static final Operation<DeleteAndroidInstanceGroupRequest, DeleteAndroidInstanceGroupResponse> DELETE_ANDROID_INSTANCE_GROUP =
      Operation.builder("DeleteAndroidInstanceGroup", POST, "/", DeleteAndroidInstanceGroupRequest.class, DeleteAndroidInstanceGroupResponse.class)
          .docUrl(DOCS + "deleteandroidinstancegroup")
          .build();

  /** DescribeAndroidInstanceGroups: one page of instance groups, filtered. */
  public static final Operation<DescribeAndroidInstanceGroupsRequest, DescribeAndroidInstanceGroupsResponse> DESCRIBE_ANDROID_INSTANCE_GROUPS =
      Operation.builder("DescribeAndroidInstanceGroups", POST, "/", DescribeAndroidInstanceGroupsRequest.class, DescribeAndroidInstanceGroupsResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describeandroidinstancegroups")
          .build();

  /** DowngradeAndroidInstanceGroup: shrinks an instance group by deleting instances. */
  public static final Operation<DowngradeAndroidInstanceGroupRequest, DowngradeAndroidInstanceGroupResponse> DOWNGRADE_ANDROID_INSTANCE_GROUP =
      Operation.builder("DowngradeAndroidInstanceGroup", POST, "/", DowngradeAndroidInstanceGroupRequest.class, DowngradeAndroidInstanceGroupResponse.class)
          .docUrl(DOCS + "downgradeandroidinstancegroup")
          .build();

  /** ModifyAndroidInstanceGroup: renames an instance group or changes its policy. */
  public static final Operation<ModifyAndroidInstanceGroupRequest, ModifyAndroidInstanceGroupResponse> MODIFY_ANDROID_INSTANCE_GROUP =
      Operation.builder("ModifyAndroidInstanceGroup", POST, "/", ModifyAndroidInstanceGroupRequest.class, ModifyAndroidInstanceGroupResponse.class)
          .docUrl(DOCS + "modifyandroidinstancegroup")
          .build();

  /** ModifyInstanceChargeType: switches instance groups from pay-as-you-go to subscription. */
  public static final Operation<ModifyInstanceChargeTypeRequest, ModifyInstanceChargeTypeResponse> MODIFY_INSTANCE_CHARGE_TYPE =
      Operation.builder("ModifyInstanceChargeType", POST, "/", ModifyInstanceChargeTypeRequest.class, ModifyInstanceChargeTypeResponse.class)
          .docUrl(DOCS + "modifyinstancechargetype")
          .build();

  /** RenewAndroidInstanceGroups: extends instance group subscriptions. */
  public static final Operation<RenewAndroidInstanceGroupsRequest, RenewAndroidInstanceGroupsResponse> RENEW_ANDROID_INSTANCE_GROUPS =
      Operation.builder("RenewAndroidInstanceGroups", POST, "/", RenewAndroidInstanceGroupsRequest.class, RenewAndroidInstanceGroupsResponse.class)
          .docUrl(DOCS + "renewandroidinstancegroups")
          .build();

  /** UpdateInstanceGroupImage: moves instance groups to another image; both parameters travel in the form body. */
  public static final Operation<UpdateInstanceGroupImageRequest, UpdateInstanceGroupImageResponse> UPDATE_INSTANCE_GROUP_IMAGE =
      Operation.builder("UpdateInstanceGroupImage", POST, "/", UpdateInstanceGroupImageRequest.class, UpdateInstanceGroupImageResponse.class)
          .form("ImageId", "InstanceGroupIds")
          .docUrl(DOCS + "updateinstancegroupimage")
          .build();

  /** UpgradeAndroidInstanceGroup: grows an instance group by new instances. */
  public static final Operation<UpgradeAndroidInstanceGroupRequest, UpgradeAndroidInstanceGroupResponse> UPGRADE_ANDROID_INSTANCE_GROUP =
      Operation.builder("UpgradeAndroidInstanceGroup", POST, "/", UpgradeAndroidInstanceGroupRequest.class, UpgradeAndroidInstanceGroupResponse.class)
          .docUrl(DOCS + "upgradeandroidinstancegroup")
          .build();

  /** CreateAICloudPhone: orders AI cloud phones; instances appear once the order is paid. */
  public static final Operation<CreateAICloudPhoneRequest, CreateAICloudPhoneResponse> CREATE_AI_CLOUD_PHONE =
      Operation.builder("CreateAICloudPhone", POST, "/", CreateAICloudPhoneRequest.class, CreateAICloudPhoneResponse.class)
          .docUrl(DOCS + "createaicloudphone")
          .build();

  /** ModifyInstanceGroupSpec: upgrades the specification of instance groups; places orders. */
  public static final Operation<ModifyInstanceGroupSpecRequest, ModifyInstanceGroupSpecResponse> MODIFY_INSTANCE_GROUP_SPEC =
      Operation.builder("ModifyInstanceGroupSpec", POST, "/", ModifyInstanceGroupSpecRequest.class, ModifyInstanceGroupSpecResponse.class)
          .docUrl(DOCS + "modifyinstancegroupspec")
          .build();
}
