package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.ChangeCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.ChangeCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.CreateCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.CreateCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.DeleteCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DeleteCloudPhoneNodesResponse;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesResponse;
import io.cloudphone.alibaba.model.ExpandDataVolumeRequest;
import io.cloudphone.alibaba.model.ExpandDataVolumeResponse;
import io.cloudphone.alibaba.model.ExpandPhoneDataVolumeRequest;
import io.cloudphone.alibaba.model.ExpandPhoneDataVolumeResponse;
import io.cloudphone.alibaba.model.ModifyCloudPhoneNodeRequest;
import io.cloudphone.alibaba.model.ModifyCloudPhoneNodeResponse;
import io.cloudphone.alibaba.model.RenewCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.RenewCloudPhoneNodesResponse;
import io.cloudphone.core.internal.Operation;

/** Cloud phone matrix (node) operations of eds-aic 2023-09-30, declared as data; unlisted parameters go to the query. */
public final class NodeOperations {
  private NodeOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** ChangeCloudPhoneNode: changes the instance type, phone count or storage of a matrix; DisplayConfig as a JSON string. */
  public static final Operation<ChangeCloudPhoneNodeRequest, ChangeCloudPhoneNodeResponse> CHANGE_CLOUD_PHONE_NODE =
      Operation.builder("ChangeCloudPhoneNode", POST, "/", ChangeCloudPhoneNodeRequest.class, ChangeCloudPhoneNodeResponse.class)
          .jsonString("DisplayConfig")
          .docUrl(DOCS + "changecloudphonenode")
          .build();

  /** CreateCloudPhoneNode: buys cloud phone matrices; DisplayConfig travels in the form body, it and NetworkInfo as JSON strings. */
  public static final Operation<CreateCloudPhoneNodeRequest, CreateCloudPhoneNodeResponse> CREATE_CLOUD_PHONE_NODE =
      Operation.builder("CreateCloudPhoneNode", POST, "/", CreateCloudPhoneNodeRequest.class, CreateCloudPhoneNodeResponse.class)
          .form("DisplayConfig")
          .jsonString("NetworkInfo", "DisplayConfig")
          .docUrl(DOCS + "createcloudphonenode")
          .build();

  /** DeleteCloudPhoneNodes: releases matrices named in the form body. */
  public static final Operation<DeleteCloudPhoneNodesRequest, DeleteCloudPhoneNodesResponse> DELETE_CLOUD_PHONE_NODES =
      Operation.builder("DeleteCloudPhoneNodes", POST, "/", DeleteCloudPhoneNodesRequest.class, DeleteCloudPhoneNodesResponse.class)
          .form("NodeIds")
          .docUrl(DOCS + "deletecloudphonenodes")
          .build();

  /** DescribeCloudPhoneNodes: one page of matrices, filtered. */
  public static final Operation<DescribeCloudPhoneNodesRequest, DescribeCloudPhoneNodesResponse> DESCRIBE_CLOUD_PHONE_NODES =
      Operation.builder("DescribeCloudPhoneNodes", POST, "/", DescribeCloudPhoneNodesRequest.class, DescribeCloudPhoneNodesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describecloudphonenodes")
          .build();

  /** ExpandDataVolume: enlarges the shared storage of matrices. */
  public static final Operation<ExpandDataVolumeRequest, ExpandDataVolumeResponse> EXPAND_DATA_VOLUME =
      Operation.builder("ExpandDataVolume", POST, "/", ExpandDataVolumeRequest.class, ExpandDataVolumeResponse.class)
          .docUrl(DOCS + "expanddatavolume")
          .build();

  /** ModifyCloudPhoneNode: renames a matrix or changes its streaming mode. */
  public static final Operation<ModifyCloudPhoneNodeRequest, ModifyCloudPhoneNodeResponse> MODIFY_CLOUD_PHONE_NODE =
      Operation.builder("ModifyCloudPhoneNode", POST, "/", ModifyCloudPhoneNodeRequest.class, ModifyCloudPhoneNodeResponse.class)
          .docUrl(DOCS + "modifycloudphonenode")
          .build();

  /** RenewCloudPhoneNodes: extends matrix subscriptions; all but AutoPay travel in the form body. */
  public static final Operation<RenewCloudPhoneNodesRequest, RenewCloudPhoneNodesResponse> RENEW_CLOUD_PHONE_NODES =
      Operation.builder("RenewCloudPhoneNodes", POST, "/", RenewCloudPhoneNodesRequest.class, RenewCloudPhoneNodesResponse.class)
          .form("AutoRenew", "NodeIds", "Period", "PeriodUnit")
          .docUrl(DOCS + "renewcloudphonenodes")
          .build();

  /** ExpandPhoneDataVolume: grows each phone's data storage on matrices; places an order. */
  public static final Operation<ExpandPhoneDataVolumeRequest, ExpandPhoneDataVolumeResponse> EXPAND_PHONE_DATA_VOLUME =
      Operation.builder("ExpandPhoneDataVolume", POST, "/", ExpandPhoneDataVolumeRequest.class, ExpandPhoneDataVolumeResponse.class)
          .docUrl(DOCS + "expandphonedatavolume")
          .build();
}
