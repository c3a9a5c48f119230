package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.AuthorizeAndroidInstanceRequest;
import io.cloudphone.alibaba.model.AuthorizeAndroidInstanceResponse;
import io.cloudphone.alibaba.model.BatchGetAcpConnectionTicketRequest;
import io.cloudphone.alibaba.model.BatchGetAcpConnectionTicketResponse;
import io.cloudphone.alibaba.model.CreateScreenshotRequest;
import io.cloudphone.alibaba.model.CreateScreenshotResponse;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.alibaba.model.DescribeDisplayConfigRequest;
import io.cloudphone.alibaba.model.DescribeDisplayConfigResponse;
import io.cloudphone.alibaba.model.DescribeMetricLastRequest;
import io.cloudphone.alibaba.model.DescribeMetricLastResponse;
import io.cloudphone.alibaba.model.DisconnectAndroidInstanceRequest;
import io.cloudphone.alibaba.model.DisconnectAndroidInstanceResponse;
import io.cloudphone.alibaba.model.EndCoordinationRequest;
import io.cloudphone.alibaba.model.EndCoordinationResponse;
import io.cloudphone.alibaba.model.GenerateCoordinationCodeRequest;
import io.cloudphone.alibaba.model.GenerateCoordinationCodeResponse;
import io.cloudphone.alibaba.model.InstanceHealerRequest;
import io.cloudphone.alibaba.model.InstanceHealerResponse;
import io.cloudphone.alibaba.model.ListInstanceAdbAttributesRequest;
import io.cloudphone.alibaba.model.ListInstanceAdbAttributesResponse;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceRequest;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceResponse;
import io.cloudphone.alibaba.model.ModifyDisplayConfigRequest;
import io.cloudphone.alibaba.model.ModifyDisplayConfigResponse;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupResponse;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupResponse;
import io.cloudphone.alibaba.model.SetAdbSecureRequest;
import io.cloudphone.alibaba.model.SetAdbSecureResponse;
import io.cloudphone.alibaba.model.StartAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StartAndroidInstanceResponse;
import io.cloudphone.alibaba.model.StartInstanceAdbRequest;
import io.cloudphone.alibaba.model.StartInstanceAdbResponse;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceResponse;
import io.cloudphone.alibaba.model.StopInstanceAdbRequest;
import io.cloudphone.alibaba.model.StopInstanceAdbResponse;
import io.cloudphone.alibaba.model.UpdateInstanceImageRequest;
import io.cloudphone.alibaba.model.UpdateInstanceImageResponse;
import io.cloudphone.core.internal.Operation;

/** Android instance operations of eds-aic 2023-09-30 (lifecycle, display, connection, metrics), declared as data. */
public final class InstanceOperations {
  private InstanceOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** AuthorizeAndroidInstance: assigns Android instances to a convenience user or takes them away. */
  public static final Operation<AuthorizeAndroidInstanceRequest, AuthorizeAndroidInstanceResponse> AUTHORIZE_ANDROID_INSTANCE =
      Operation.builder("AuthorizeAndroidInstance", POST, "/",
              AuthorizeAndroidInstanceRequest.class, AuthorizeAndroidInstanceResponse.class)
          .docUrl(DOCS + "authorizeandroidinstance")
          .build();

  /** BatchGetAcpConnectionTicket: returns connection tickets for instances, or the tasks still generating them. */
  public static final Operation<BatchGetAcpConnectionTicketRequest, BatchGetAcpConnectionTicketResponse> BATCH_GET_ACP_CONNECTION_TICKET =
      Operation.builder("BatchGetAcpConnectionTicket", POST, "/",
              BatchGetAcpConnectionTicketRequest.class, BatchGetAcpConnectionTicketResponse.class)
          .docUrl(DOCS + "batchgetacpconnectionticket")
          .build();

  /** CreateScreenshot: starts asynchronous screenshots of instances into an OSS bucket. */
  public static final Operation<CreateScreenshotRequest, CreateScreenshotResponse> CREATE_SCREENSHOT =
      Operation.builder("CreateScreenshot", POST, "/",
              CreateScreenshotRequest.class, CreateScreenshotResponse.class)
          .docUrl(DOCS + "createscreenshot")
          .build();

  /** DescribeAndroidInstances: lists Android instances one page at a time, filtered. */
  public static final Operation<DescribeAndroidInstancesRequest, DescribeAndroidInstancesResponse> DESCRIBE_ANDROID_INSTANCES =
      Operation.builder("DescribeAndroidInstances", POST, "/",
              DescribeAndroidInstancesRequest.class, DescribeAndroidInstancesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describeandroidinstances")
          .build();

  /** DescribeDisplayConfig: returns the screen settings of instances. */
  public static final Operation<DescribeDisplayConfigRequest, DescribeDisplayConfigResponse> DESCRIBE_DISPLAY_CONFIG =
      Operation.builder("DescribeDisplayConfig", POST, "/",
              DescribeDisplayConfigRequest.class, DescribeDisplayConfigResponse.class)
          .form("AndroidInstanceIds")
          .idempotent(true)
          .docUrl(DOCS + "describedisplayconfig")
          .build();

  /** DescribeMetricLast: returns the latest monitoring data of instances one page at a time. */
  public static final Operation<DescribeMetricLastRequest, DescribeMetricLastResponse> DESCRIBE_METRIC_LAST =
      Operation.builder("DescribeMetricLast", POST, "/",
              DescribeMetricLastRequest.class, DescribeMetricLastResponse.class)
          .form("AndroidInstanceIds", "EndTime", "Length", "MetricNames", "NextToken", "Period", "StartTime")
          .idempotent(true)
          .docUrl(DOCS + "describemetriclast")
          .build();

  /** DisconnectAndroidInstance: ends instance sessions and releases their user association at once. */
  public static final Operation<DisconnectAndroidInstanceRequest, DisconnectAndroidInstanceResponse> DISCONNECT_ANDROID_INSTANCE =
      Operation.builder("DisconnectAndroidInstance", POST, "/",
              DisconnectAndroidInstanceRequest.class, DisconnectAndroidInstanceResponse.class)
          .docUrl(DOCS + "disconnectandroidinstance")
          .build();

  /** EndCoordination: ends every coordination session of an instance and invalidates its code. */
  public static final Operation<EndCoordinationRequest, EndCoordinationResponse> END_COORDINATION =
      Operation.builder("EndCoordination", POST, "/",
              EndCoordinationRequest.class, EndCoordinationResponse.class)
          .docUrl(DOCS + "endcoordination")
          .build();

  /** GenerateCoordinationCode: creates a code that lets other users join an instance's session. */
  public static final Operation<GenerateCoordinationCodeRequest, GenerateCoordinationCodeResponse> GENERATE_COORDINATION_CODE =
      Operation.builder("GenerateCoordinationCode", POST, "/",
              GenerateCoordinationCodeRequest.class, GenerateCoordinationCodeResponse.class)
          .docUrl(DOCS + "generatecoordinationcode")
          .build();

  /** ModifyAndroidInstance: renames an instance or changes the bandwidth limits of instances. */
  public static final Operation<ModifyAndroidInstanceRequest, ModifyAndroidInstanceResponse> MODIFY_ANDROID_INSTANCE =
      Operation.builder("ModifyAndroidInstance", POST, "/",
              ModifyAndroidInstanceRequest.class, ModifyAndroidInstanceResponse.class)
          .docUrl(DOCS + "modifyandroidinstance")
          .build();

  /** ModifyDisplayConfig: changes the screen settings of instances. */
  public static final Operation<ModifyDisplayConfigRequest, ModifyDisplayConfigResponse> MODIFY_DISPLAY_CONFIG =
      Operation.builder("ModifyDisplayConfig", POST, "/",
              ModifyDisplayConfigRequest.class, ModifyDisplayConfigResponse.class)
          .form("AndroidInstanceIds", "DisplayConfig")
          .jsonString("DisplayConfig")
          .docUrl(DOCS + "modifydisplayconfig")
          .build();

  /** RebootAndroidInstancesInGroup: restarts instances, optionally by force. */
  public static final Operation<RebootAndroidInstancesInGroupRequest, RebootAndroidInstancesInGroupResponse> REBOOT_ANDROID_INSTANCES_IN_GROUP =
      Operation.builder("RebootAndroidInstancesInGroup", POST, "/",
              RebootAndroidInstancesInGroupRequest.class, RebootAndroidInstancesInGroupResponse.class)
          .docUrl(DOCS + "rebootandroidinstancesingroup")
          .build();

  /** ResetAndroidInstancesInGroup: reinstalls instances from their original image, erasing their data. */
  public static final Operation<ResetAndroidInstancesInGroupRequest, ResetAndroidInstancesInGroupResponse> RESET_ANDROID_INSTANCES_IN_GROUP =
      Operation.builder("ResetAndroidInstancesInGroup", POST, "/",
              ResetAndroidInstancesInGroupRequest.class, ResetAndroidInstancesInGroupResponse.class)
          .docUrl(DOCS + "resetandroidinstancesingroup")
          .build();

  /** SetAdbSecure: switches ADB key-pair authentication of instances on or off. */
  public static final Operation<SetAdbSecureRequest, SetAdbSecureResponse> SET_ADB_SECURE =
      Operation.builder("SetAdbSecure", POST, "/",
              SetAdbSecureRequest.class, SetAdbSecureResponse.class)
          .docUrl(DOCS + "setadbsecure")
          .build();

  /** StartAndroidInstance: starts stopped instances. */
  public static final Operation<StartAndroidInstanceRequest, StartAndroidInstanceResponse> START_ANDROID_INSTANCE =
      Operation.builder("StartAndroidInstance", POST, "/",
              StartAndroidInstanceRequest.class, StartAndroidInstanceResponse.class)
          .docUrl(DOCS + "startandroidinstance")
          .build();

  /** StopAndroidInstance: stops (shuts down) instances, optionally by force. */
  public static final Operation<StopAndroidInstanceRequest, StopAndroidInstanceResponse> STOP_ANDROID_INSTANCE =
      Operation.builder("StopAndroidInstance", POST, "/",
              StopAndroidInstanceRequest.class, StopAndroidInstanceResponse.class)
          .docUrl(DOCS + "stopandroidinstance")
          .build();

  /** UpdateInstanceImage: moves instances of a cloud phone matrix to another image (not offered on the international site). */
  public static final Operation<UpdateInstanceImageRequest, UpdateInstanceImageResponse> UPDATE_INSTANCE_IMAGE =
      Operation.builder("UpdateInstanceImage", POST, "/",
              UpdateInstanceImageRequest.class, UpdateInstanceImageResponse.class)
          .docUrl(DOCS + "updateinstanceimage")
          .build();

  /** InstanceHealer: diagnoses and repairs instances. */
  public static final Operation<InstanceHealerRequest, InstanceHealerResponse> INSTANCE_HEALER =
      Operation.builder("InstanceHealer", POST, "/", InstanceHealerRequest.class, InstanceHealerResponse.class)
          .docUrl(DOCS + "instancehealer")
          .build();

  /** ListInstanceAdbAttributes: one page of ADB port mappings (standard network only). */
  public static final Operation<ListInstanceAdbAttributesRequest, ListInstanceAdbAttributesResponse> LIST_INSTANCE_ADB_ATTRIBUTES =
      Operation.builder("ListInstanceAdbAttributes", POST, "/", ListInstanceAdbAttributesRequest.class, ListInstanceAdbAttributesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "listinstanceadbattributes")
          .build();

  /** StartInstanceAdb: enables ADB and maps a public port (standard network only). */
  public static final Operation<StartInstanceAdbRequest, StartInstanceAdbResponse> START_INSTANCE_ADB =
      Operation.builder("StartInstanceAdb", POST, "/", StartInstanceAdbRequest.class, StartInstanceAdbResponse.class)
          .docUrl(DOCS + "startinstanceadb")
          .build();

  /** StopInstanceAdb: disables ADB and removes the port mapping (standard network only). */
  public static final Operation<StopInstanceAdbRequest, StopInstanceAdbResponse> STOP_INSTANCE_ADB =
      Operation.builder("StopInstanceAdb", POST, "/", StopInstanceAdbRequest.class, StopInstanceAdbResponse.class)
          .docUrl(DOCS + "stopinstanceadb")
          .build();
}
