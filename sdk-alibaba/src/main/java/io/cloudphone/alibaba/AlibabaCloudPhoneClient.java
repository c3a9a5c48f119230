package io.cloudphone.alibaba;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Paged;
import io.cloudphone.alibaba.model.*;

/**
 * Typed client for every Alibaba Cloud Phone (eds-aic 2023-09-30) operation: one method per operation, named
 * after Alibaba's API name, taking an immutable request and returning an immutable response. Thread-safe; share one per
 * application. Build one with {@link #builder()}.
 *
 * <p>It is also a provider-neutral {@link CloudPhoneClient}: {@code servers()} are cloud phone nodes (which
 * cannot be restarted through the neutral API), {@code phones()} Android instances, {@code jobs()} tasks and
 * command invocations.
 */
public interface AlibabaCloudPhoneClient extends CloudPhoneClient {
  /** Starts configuring a client. */
  static AlibabaCloudPhoneClientBuilder builder() {
    return new AlibabaCloudPhoneClientBuilder();
  }

  /**
   * The same operations, returning {@link java.util.concurrent.CompletableFuture} without blocking the caller;
   * on the wire each call holds one of the at most 64 shared HTTP threads, and calls beyond that wait in a queue
   * holding none.
   */
  AlibabaCloudPhoneAsyncClient async();

  /** The region id calls are made in. */
  String regionId();

  /**
   * This client with another overall deadline per call (all attempts and backoff pauses), sharing everything
   * else, its lifecycle included; see {@link CloudPhoneClient#withDeadline}.
   */
  @Override
  AlibabaCloudPhoneClient withDeadline(java.time.Duration deadline);

  /**
   * Changes the instance type or the number of phone instances of a cloud phone matrix.
   *
   * @param request the ChangeCloudPhoneNode parameters
   * @return the parsed ChangeCloudPhoneNode answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-changecloudphonenode">ChangeCloudPhoneNode in Alibaba's API reference</a>
   */
  ChangeCloudPhoneNodeResponse changeCloudPhoneNode(ChangeCloudPhoneNodeRequest request);

  /**
   * Buys cloud phone matrices: physical servers partitioned into phone instances that share their resources.
   *
   * @param request the CreateCloudPhoneNode parameters
   * @return the parsed CreateCloudPhoneNode answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createcloudphonenode">CreateCloudPhoneNode in Alibaba's API reference</a>
   */
  CreateCloudPhoneNodeResponse createCloudPhoneNode(CreateCloudPhoneNodeRequest request);

  /**
   * Deletes cloud phone matrices and the phone instances on them.
   *
   * @param request the DeleteCloudPhoneNodes parameters
   * @return the parsed DeleteCloudPhoneNodes answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletecloudphonenodes">DeleteCloudPhoneNodes in Alibaba's API reference</a>
   */
  DeleteCloudPhoneNodesResponse deleteCloudPhoneNodes(DeleteCloudPhoneNodesRequest request);

  /**
   * Lists cloud phone matrices one page at a time, optionally filtered by id, name, status, specification or region.
   *
   * @param request the DescribeCloudPhoneNodes parameters
   * @return the parsed DescribeCloudPhoneNodes answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describecloudphonenodes">DescribeCloudPhoneNodes in Alibaba's API reference</a>
   */
  DescribeCloudPhoneNodesResponse describeCloudPhoneNodes(DescribeCloudPhoneNodesRequest request);

  /**
   * Lists cloud phone matrices one page at a time, optionally filtered by id, name, status, specification or region. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describecloudphonenodes">DescribeCloudPhoneNodes in Alibaba's API reference</a>
   */
  Paged<CloudPhoneNode> describeCloudPhoneNodesPaged(DescribeCloudPhoneNodesRequest request);

  /**
   * Enlarges the shared storage of cloud phone matrices.
   *
   * @param request the ExpandDataVolume parameters
   * @return the parsed ExpandDataVolume answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-expanddatavolume">ExpandDataVolume in Alibaba's API reference</a>
   */
  ExpandDataVolumeResponse expandDataVolume(ExpandDataVolumeRequest request);

  /**
   * Renames a cloud phone matrix or changes its streaming mode.
   *
   * @param request the ModifyCloudPhoneNode parameters
   * @return the parsed ModifyCloudPhoneNode answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifycloudphonenode">ModifyCloudPhoneNode in Alibaba's API reference</a>
   */
  ModifyCloudPhoneNodeResponse modifyCloudPhoneNode(ModifyCloudPhoneNodeRequest request);

  /**
   * Extends the subscription of cloud phone matrices.
   *
   * @param request the RenewCloudPhoneNodes parameters
   * @return the parsed RenewCloudPhoneNodes answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-renewcloudphonenodes">RenewCloudPhoneNodes in Alibaba's API reference</a>
   */
  RenewCloudPhoneNodesResponse renewCloudPhoneNodes(RenewCloudPhoneNodesRequest request);

  /**
   * Buys instance groups of cloud phones with one specification and image, at most 100 instances per group.
   *
   * @param request the CreateAndroidInstanceGroup parameters
   * @return the parsed CreateAndroidInstanceGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createandroidinstancegroup">CreateAndroidInstanceGroup in Alibaba's API reference</a>
   */
  CreateAndroidInstanceGroupResponse createAndroidInstanceGroup(CreateAndroidInstanceGroupRequest request);

  /**
   * Deletes instance groups and their instances.
   *
   * @param request the DeleteAndroidInstanceGroup parameters
   * @return the parsed DeleteAndroidInstanceGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deleteandroidinstancegroup">DeleteAndroidInstanceGroup in Alibaba's API reference</a>
   */
  DeleteAndroidInstanceGroupResponse deleteAndroidInstanceGroup(DeleteAndroidInstanceGroupRequest request);

  /**
   * Lists instance groups one page at a time, optionally filtered by id, name, status, policy, key pair or billing method.
   *
   * @param request the DescribeAndroidInstanceGroups parameters
   * @return the parsed DescribeAndroidInstanceGroups answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeandroidinstancegroups">DescribeAndroidInstanceGroups in Alibaba's API reference</a>
   */
  DescribeAndroidInstanceGroupsResponse describeAndroidInstanceGroups(DescribeAndroidInstanceGroupsRequest request);

  /**
   * Lists instance groups one page at a time, optionally filtered by id, name, status, policy, key pair or billing method. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeandroidinstancegroups">DescribeAndroidInstanceGroups in Alibaba's API reference</a>
   */
  Paged<AndroidInstanceGroup> describeAndroidInstanceGroupsPaged(DescribeAndroidInstanceGroupsRequest request);

  /**
   * Shrinks an instance group by deleting the named instances.
   *
   * @param request the DowngradeAndroidInstanceGroup parameters
   * @return the parsed DowngradeAndroidInstanceGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-downgradeandroidinstancegroup">DowngradeAndroidInstanceGroup in Alibaba's API reference</a>
   */
  DowngradeAndroidInstanceGroupResponse downgradeAndroidInstanceGroup(DowngradeAndroidInstanceGroupRequest request);

  /**
   * Renames an instance group or applies another policy to it.
   *
   * @param request the ModifyAndroidInstanceGroup parameters
   * @return the parsed ModifyAndroidInstanceGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyandroidinstancegroup">ModifyAndroidInstanceGroup in Alibaba's API reference</a>
   */
  ModifyAndroidInstanceGroupResponse modifyAndroidInstanceGroup(ModifyAndroidInstanceGroupRequest request);

  /**
   * Switches instance groups from pay-as-you-go to subscription billing.
   *
   * @param request the ModifyInstanceChargeType parameters
   * @return the parsed ModifyInstanceChargeType answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyinstancechargetype">ModifyInstanceChargeType in Alibaba's API reference</a>
   */
  ModifyInstanceChargeTypeResponse modifyInstanceChargeType(ModifyInstanceChargeTypeRequest request);

  /**
   * Extends the subscription of instance groups.
   *
   * @param request the RenewAndroidInstanceGroups parameters
   * @return the parsed RenewAndroidInstanceGroups answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-renewandroidinstancegroups">RenewAndroidInstanceGroups in Alibaba's API reference</a>
   */
  RenewAndroidInstanceGroupsResponse renewAndroidInstanceGroups(RenewAndroidInstanceGroupsRequest request);

  /**
   * Moves instance groups to another image.
   *
   * @param request the UpdateInstanceGroupImage parameters
   * @return the parsed UpdateInstanceGroupImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-updateinstancegroupimage">UpdateInstanceGroupImage in Alibaba's API reference</a>
   */
  UpdateInstanceGroupImageResponse updateInstanceGroupImage(UpdateInstanceGroupImageRequest request);

  /**
   * Grows an instance group by a number of new instances.
   *
   * @param request the UpgradeAndroidInstanceGroup parameters
   * @return the parsed UpgradeAndroidInstanceGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-upgradeandroidinstancegroup">UpgradeAndroidInstanceGroup in Alibaba's API reference</a>
   */
  UpgradeAndroidInstanceGroupResponse upgradeAndroidInstanceGroup(UpgradeAndroidInstanceGroupRequest request);

  /**
   * Assigns Android instances to a convenience user or takes them away.
   *
   * @param request the AuthorizeAndroidInstance parameters
   * @return the parsed AuthorizeAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-authorizeandroidinstance">AuthorizeAndroidInstance in Alibaba's API reference</a>
   */
  AuthorizeAndroidInstanceResponse authorizeAndroidInstance(AuthorizeAndroidInstanceRequest request);

  /**
   * Returns connection tickets for instances, or the tasks still generating them.
   *
   * @param request the BatchGetAcpConnectionTicket parameters
   * @return the parsed BatchGetAcpConnectionTicket answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-batchgetacpconnectionticket">BatchGetAcpConnectionTicket in Alibaba's API reference</a>
   */
  BatchGetAcpConnectionTicketResponse batchGetAcpConnectionTicket(BatchGetAcpConnectionTicketRequest request);

  /**
   * Starts asynchronous screenshots of instances into an OSS bucket.
   *
   * @param request the CreateScreenshot parameters
   * @return the parsed CreateScreenshot answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createscreenshot">CreateScreenshot in Alibaba's API reference</a>
   */
  CreateScreenshotResponse createScreenshot(CreateScreenshotRequest request);

  /**
   * Lists Android instances one page at a time, filtered.
   *
   * @param request the DescribeAndroidInstances parameters
   * @return the parsed DescribeAndroidInstances answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeandroidinstances">DescribeAndroidInstances in Alibaba's API reference</a>
   */
  DescribeAndroidInstancesResponse describeAndroidInstances(DescribeAndroidInstancesRequest request);

  /**
   * Lists Android instances one page at a time, filtered. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeandroidinstances">DescribeAndroidInstances in Alibaba's API reference</a>
   */
  Paged<AndroidInstance> describeAndroidInstancesPaged(DescribeAndroidInstancesRequest request);

  /**
   * Returns the screen settings of instances.
   *
   * @param request the DescribeDisplayConfig parameters
   * @return the parsed DescribeDisplayConfig answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describedisplayconfig">DescribeDisplayConfig in Alibaba's API reference</a>
   */
  DescribeDisplayConfigResponse describeDisplayConfig(DescribeDisplayConfigRequest request);

  /**
   * Returns the latest monitoring data of instances one page at a time.
   *
   * @param request the DescribeMetricLast parameters
   * @return the parsed DescribeMetricLast answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemetriclast">DescribeMetricLast in Alibaba's API reference</a>
   */
  DescribeMetricLastResponse describeMetricLast(DescribeMetricLastRequest request);

  /**
   * Returns the latest monitoring data of instances one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemetriclast">DescribeMetricLast in Alibaba's API reference</a>
   */
  Paged<InstanceMetrics> describeMetricLastPaged(DescribeMetricLastRequest request);

  /**
   * Ends instance sessions and releases their user association at once.
   *
   * @param request the DisconnectAndroidInstance parameters
   * @return the parsed DisconnectAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-disconnectandroidinstance">DisconnectAndroidInstance in Alibaba's API reference</a>
   */
  DisconnectAndroidInstanceResponse disconnectAndroidInstance(DisconnectAndroidInstanceRequest request);

  /**
   * Ends every coordination session of an instance and invalidates its code.
   *
   * @param request the EndCoordination parameters
   * @return the parsed EndCoordination answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-endcoordination">EndCoordination in Alibaba's API reference</a>
   */
  EndCoordinationResponse endCoordination(EndCoordinationRequest request);

  /**
   * Creates a code that lets other users join an instance's session.
   *
   * @param request the GenerateCoordinationCode parameters
   * @return the parsed GenerateCoordinationCode answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-generatecoordinationcode">GenerateCoordinationCode in Alibaba's API reference</a>
   */
  GenerateCoordinationCodeResponse generateCoordinationCode(GenerateCoordinationCodeRequest request);

  /**
   * Renames an instance or changes the bandwidth limits of instances.
   *
   * @param request the ModifyAndroidInstance parameters
   * @return the parsed ModifyAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyandroidinstance">ModifyAndroidInstance in Alibaba's API reference</a>
   */
  ModifyAndroidInstanceResponse modifyAndroidInstance(ModifyAndroidInstanceRequest request);

  /**
   * Changes the screen settings of instances.
   *
   * @param request the ModifyDisplayConfig parameters
   * @return the parsed ModifyDisplayConfig answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifydisplayconfig">ModifyDisplayConfig in Alibaba's API reference</a>
   */
  ModifyDisplayConfigResponse modifyDisplayConfig(ModifyDisplayConfigRequest request);

  /**
   * Restarts instances, optionally by force.
   *
   * @param request the RebootAndroidInstancesInGroup parameters
   * @return the parsed RebootAndroidInstancesInGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-rebootandroidinstancesingroup">RebootAndroidInstancesInGroup in Alibaba's API reference</a>
   */
  RebootAndroidInstancesInGroupResponse rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest request);

  /**
   * Reinstalls instances from their original image, erasing their data.
   *
   * @param request the ResetAndroidInstancesInGroup parameters
   * @return the parsed ResetAndroidInstancesInGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-resetandroidinstancesingroup">ResetAndroidInstancesInGroup in Alibaba's API reference</a>
   */
  ResetAndroidInstancesInGroupResponse resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest request);

  /**
   * Switches ADB key-pair authentication of instances on or off.
   *
   * @param request the SetAdbSecure parameters
   * @return the parsed SetAdbSecure answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-setadbsecure">SetAdbSecure in Alibaba's API reference</a>
   */
  SetAdbSecureResponse setAdbSecure(SetAdbSecureRequest request);

  /**
   * Starts stopped instances.
   *
   * @param request the StartAndroidInstance parameters
   * @return the parsed StartAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-startandroidinstance">StartAndroidInstance in Alibaba's API reference</a>
   */
  StartAndroidInstanceResponse startAndroidInstance(StartAndroidInstanceRequest request);

  /**
   * Stops (shuts down) instances, optionally by force.
   *
   * @param request the StopAndroidInstance parameters
   * @return the parsed StopAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-stopandroidinstance">StopAndroidInstance in Alibaba's API reference</a>
   */
  StopAndroidInstanceResponse stopAndroidInstance(StopAndroidInstanceRequest request);

  /**
   * Moves instances of a cloud phone matrix to another image (not offered on the international site).
   *
   * @param request the UpdateInstanceImage parameters
   * @return the parsed UpdateInstanceImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-updateinstanceimage">UpdateInstanceImage in Alibaba's API reference</a>
   */
  UpdateInstanceImageResponse updateInstanceImage(UpdateInstanceImageRequest request);

  /**
   * Captures a cloud phone instance as a custom image; a client token makes retries safe.
   *
   * @param request the CreateCustomImage parameters
   * @return the parsed CreateCustomImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createcustomimage">CreateCustomImage in Alibaba's API reference</a>
   */
  CreateCustomImageResponse createCustomImage(CreateCustomImageRequest request);

  /**
   * Deletes custom images and reports which ones could not be deleted.
   *
   * @param request the DeleteImages parameters
   * @return the parsed DeleteImages answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deleteimages">DeleteImages in Alibaba's API reference</a>
   */
  DeleteImagesResponse deleteImages(DeleteImagesRequest request);

  /**
   * Lists system or custom images with their per-region distribution, one page at a time.
   *
   * @param request the DescribeImageList parameters
   * @return the parsed DescribeImageList answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeimagelist">DescribeImageList in Alibaba's API reference</a>
   */
  DescribeImageListResponse describeImageList(DescribeImageListRequest request);

  /**
   * Lists system or custom images with their per-region distribution, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeimagelist">DescribeImageList in Alibaba's API reference</a>
   */
  Paged<Image> describeImageListPaged(DescribeImageListRequest request);

  /**
   * Copies a custom image to other regions.
   *
   * @param request the DistributeImage parameters
   * @return the parsed DistributeImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-distributeimage">DistributeImage in Alibaba's API reference</a>
   */
  DistributeImageResponse distributeImage(DistributeImageRequest request);

  /**
   * Renames a custom image.
   *
   * @param request the UpdateCustomImageName parameters
   * @return the parsed UpdateCustomImageName answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-updatecustomimagename">UpdateCustomImageName in Alibaba's API reference</a>
   */
  UpdateCustomImageNameResponse updateCustomImageName(UpdateCustomImageNameRequest request);

  /**
   * Attaches an ADB key pair to up to 50 cloud phone instances so ADB clients holding its private key can connect.
   *
   * @param request the AttachKeyPair parameters
   * @return the parsed AttachKeyPair answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-attachkeypair">AttachKeyPair in Alibaba's API reference</a>
   */
  AttachKeyPairResponse attachKeyPair(AttachKeyPairRequest request);

  /**
   * Creates an ADB key pair; the service keeps the public key and returns the private key only in this answer.
   *
   * @param request the CreateKeyPair parameters
   * @return the parsed CreateKeyPair answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createkeypair">CreateKeyPair in Alibaba's API reference</a>
   */
  CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request);

  /**
   * Deletes ADB key pairs.
   *
   * @param request the DeleteKeyPairs parameters
   * @return the parsed DeleteKeyPairs answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletekeypairs">DeleteKeyPairs in Alibaba's API reference</a>
   */
  DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request);

  /**
   * Lists ADB key pairs, optionally by id or name, one page at a time.
   *
   * @param request the DescribeKeyPairs parameters
   * @return the parsed DescribeKeyPairs answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describekeypairs">DescribeKeyPairs in Alibaba's API reference</a>
   */
  DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request);

  /**
   * Lists ADB key pairs, optionally by id or name, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describekeypairs">DescribeKeyPairs in Alibaba's API reference</a>
   */
  Paged<KeyPair> describeKeyPairsPaged(DescribeKeyPairsRequest request);

  /**
   * Detaches an ADB key pair from up to 50 cloud phone instances; ADB logins with it then fail.
   *
   * @param request the DetachKeyPair parameters
   * @return the parsed DetachKeyPair answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-detachkeypair">DetachKeyPair in Alibaba's API reference</a>
   */
  DetachKeyPairResponse detachKeyPair(DetachKeyPairRequest request);

  /**
   * Imports the public key of an ADB key pair generated elsewhere.
   *
   * @param request the ImportKeyPair parameters
   * @return the parsed ImportKeyPair answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-importkeypair">ImportKeyPair in Alibaba's API reference</a>
   */
  ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request);

  /**
   * Renames an ADB key pair.
   *
   * @param request the ModifyKeyPairName parameters
   * @return the parsed ModifyKeyPairName answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifykeypairname">ModifyKeyPairName in Alibaba's API reference</a>
   */
  ModifyKeyPairNameResponse modifyKeyPairName(ModifyKeyPairNameRequest request);

  /**
   * Registers an Android app, from the WUYING app center or as a custom app by download URL, for later installation.
   *
   * @param request the CreateApp parameters
   * @return the parsed CreateApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createapp">CreateApp in Alibaba's API reference</a>
   */
  CreateAppResponse createApp(CreateAppRequest request);

  /**
   * Deletes registered apps.
   *
   * @param request the DeleteApps parameters
   * @return the parsed DeleteApps answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deleteapps">DeleteApps in Alibaba's API reference</a>
   */
  DeleteAppsResponse deleteApps(DeleteAppsRequest request);

  /**
   * Lists registered apps with their registration and installation state, one page at a time.
   *
   * @param request the DescribeApps parameters
   * @return the parsed DescribeApps answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeapps">DescribeApps in Alibaba's API reference</a>
   */
  DescribeAppsResponse describeApps(DescribeAppsRequest request);

  /**
   * Lists registered apps with their registration and installation state, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeapps">DescribeApps in Alibaba's API reference</a>
   */
  Paged<App> describeAppsPaged(DescribeAppsRequest request);

  /**
   * Installs registered apps on instances or whole instance groups as one asynchronous task.
   *
   * @param request the InstallApp parameters
   * @return the parsed InstallApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-installapp">InstallApp in Alibaba's API reference</a>
   */
  InstallAppResponse installApp(InstallAppRequest request);

  /**
   * Changes the name, description or icon of a registered app.
   *
   * @param request the ModifyApp parameters
   * @return the parsed ModifyApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyapp">ModifyApp in Alibaba's API reference</a>
   */
  ModifyAppResponse modifyApp(ModifyAppRequest request);

  /**
   * Starts, stops or restarts an installed app on instances as one asynchronous task.
   *
   * @param request the OperateApp parameters
   * @return the parsed OperateApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-operateapp">OperateApp in Alibaba's API reference</a>
   */
  OperateAppResponse operateApp(OperateAppRequest request);

  /**
   * Uninstalls apps from instances or whole instance groups as one asynchronous task.
   *
   * @param request the UninstallApp parameters
   * @return the parsed UninstallApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-uninstallapp">UninstallApp in Alibaba's API reference</a>
   */
  UninstallAppResponse uninstallApp(UninstallAppRequest request);

  /**
   * Backs up files or apps of instances to an OSS bucket, one task per instance.
   *
   * @param request the BackupFile parameters
   * @return the parsed BackupFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-backupfile">BackupFile in Alibaba's API reference</a>
   */
  BackupFileResponse backupFile(BackupFileRequest request);

  /**
   * Deletes backup files.
   *
   * @param request the DeleteBackupFile parameters
   * @return the parsed DeleteBackupFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletebackupfile">DeleteBackupFile in Alibaba's API reference</a>
   */
  DeleteBackupFileResponse deleteBackupFile(DeleteBackupFileRequest request);

  /**
   * Lists backup files, optionally by instance, name, state or time, one page at a time.
   *
   * @param request the DescribeBackupFiles parameters
   * @return the parsed DescribeBackupFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describebackupfiles">DescribeBackupFiles in Alibaba's API reference</a>
   */
  DescribeBackupFilesResponse describeBackupFiles(DescribeBackupFilesRequest request);

  /**
   * Lists backup files, optionally by instance, name, state or time, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describebackupfiles">DescribeBackupFiles in Alibaba's API reference</a>
   */
  Paged<BackupFile> describeBackupFilesPaged(DescribeBackupFilesRequest request);

  /**
   * Pulls a file from instances and uploads it to an OSS bucket, one task per instance.
   *
   * @param request the FetchFile parameters
   * @return the parsed FetchFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-fetchfile">FetchFile in Alibaba's API reference</a>
   */
  FetchFileResponse fetchFile(FetchFileRequest request);

  /**
   * Restores a backup file onto instances, one task per instance.
   *
   * @param request the RecoveryFile parameters
   * @return the parsed RecoveryFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-recoveryfile">RecoveryFile in Alibaba's API reference</a>
   */
  RecoveryFileResponse recoveryFile(RecoveryFileRequest request);

  /**
   * Pushes a file from an OSS bucket onto instances, one task per instance.
   *
   * @param request the SendFile parameters
   * @return the parsed SendFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-sendfile">SendFile in Alibaba's API reference</a>
   */
  SendFileResponse sendFile(SendFileRequest request);

  /**
   * Reads the per-instance status and output of one RunCommand execution on up to 50 instances.
   *
   * @param request the DescribeInvocations parameters
   * @return the parsed DescribeInvocations answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeinvocations">DescribeInvocations in Alibaba's API reference</a>
   * @deprecated Alibaba is retiring this operation; follow command executions with DescribeTasks instead.
   */
  @Deprecated
  DescribeInvocationsResponse describeInvocations(DescribeInvocationsRequest request);

  /**
   * Runs a shell command on up to 50 instances asynchronously and returns the execution id.
   *
   * @param request the RunCommand parameters
   * @return the parsed RunCommand answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-runcommand">RunCommand in Alibaba's API reference</a>
   */
  RunCommandResponse runCommand(RunCommandRequest request);

  /**
   * Lists batch and per-instance tasks with their status, times, results and errors, one page at a time.
   *
   * @param request the DescribeTasks parameters
   * @return the parsed DescribeTasks answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describetasks">DescribeTasks in Alibaba's API reference</a>
   */
  DescribeTasksResponse describeTasks(DescribeTasksRequest request);

  /**
   * Lists batch and per-instance tasks with their status, times, results and errors, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describetasks">DescribeTasks in Alibaba's API reference</a>
   */
  Paged<Task> describeTasksPaged(DescribeTasksRequest request);

  /**
   * Creates a cloud phone policy: clipboard, drives, file transfer, camera, resolution, network redirection and watermark.
   *
   * @param request the CreatePolicyGroup parameters
   * @return the parsed CreatePolicyGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createpolicygroup">CreatePolicyGroup in Alibaba's API reference</a>
   */
  CreatePolicyGroupResponse createPolicyGroup(CreatePolicyGroupRequest request);

  /**
   * Deletes cloud phone policies.
   *
   * @param request the DeletePolicyGroup parameters
   * @return the parsed DeletePolicyGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletepolicygroup">DeletePolicyGroup in Alibaba's API reference</a>
   */
  DeletePolicyGroupResponse deletePolicyGroup(DeletePolicyGroupRequest request);

  /**
   * Lists cloud phone policies with their settings and attached resources, one page at a time.
   *
   * @param request the ListPolicyGroups parameters
   * @return the parsed ListPolicyGroups answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-listpolicygroups">ListPolicyGroups in Alibaba's API reference</a>
   */
  ListPolicyGroupsResponse listPolicyGroups(ListPolicyGroupsRequest request);

  /**
   * Lists cloud phone policies with their settings and attached resources, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-listpolicygroups">ListPolicyGroups in Alibaba's API reference</a>
   */
  Paged<PolicyGroup> listPolicyGroupsPaged(ListPolicyGroupsRequest request);

  /**
   * Changes the settings of a cloud phone policy; settings not given stay as they are.
   *
   * @param request the ModifyPolicyGroup parameters
   * @return the parsed ModifyPolicyGroup answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifypolicygroup">ModifyPolicyGroup in Alibaba's API reference</a>
   */
  ModifyPolicyGroupResponse modifyPolicyGroup(ModifyPolicyGroupRequest request);

  /**
   * Tells, per zone, whether instances of a specification are in stock.
   *
   * @param request the CheckResourceStock parameters
   * @return the parsed CheckResourceStock answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-checkresourcestock">CheckResourceStock in Alibaba's API reference</a>
   */
  CheckResourceStockResponse checkResourceStock(CheckResourceStockRequest request);

  /**
   * Lists the regions where cloud phones can be bought.
   *
   * @param request the DescribeRegions parameters
   * @return the parsed DescribeRegions answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeregions">DescribeRegions in Alibaba's API reference</a>
   */
  DescribeRegionsResponse describeRegions(DescribeRegionsRequest request);

  /**
   * Lists the instance specifications on offer one page at a time, optionally filtered by id, type, status or region.
   *
   * @param request the DescribeSpec parameters
   * @return the parsed DescribeSpec answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describespec">DescribeSpec in Alibaba's API reference</a>
   */
  DescribeSpecResponse describeSpec(DescribeSpecRequest request);

  /**
   * Lists the instance specifications on offer one page at a time, optionally filtered by id, type, status or region. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describespec">DescribeSpec in Alibaba's API reference</a>
   */
  Paged<CloudPhoneSpec> describeSpecPaged(DescribeSpecRequest request);

  // ---- nodes (added with eds-aic SDK 3.29.3 parity)

  /**
   * Grows the data storage of each phone on cloud phone matrices, placing an order.
   *
   * @param request the ExpandPhoneDataVolume parameters
   * @return the parsed ExpandPhoneDataVolume answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-expandphonedatavolume">ExpandPhoneDataVolume in Alibaba's API reference</a>
   */
  ExpandPhoneDataVolumeResponse expandPhoneDataVolume(ExpandPhoneDataVolumeRequest request);

  // ---- instance groups (added with eds-aic SDK 3.29.3 parity)

  /**
   * Orders AI cloud phones (group specification, image, bandwidth package, period); the instances are created once the order is paid.
   *
   * @param request the CreateAICloudPhone parameters
   * @return the parsed CreateAICloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createaicloudphone">CreateAICloudPhone in Alibaba's API reference</a>
   */
  CreateAICloudPhoneResponse createAICloudPhone(CreateAICloudPhoneRequest request);

  /**
   * Upgrades the specification of instance groups (downgrades are refused), placing orders.
   *
   * @param request the ModifyInstanceGroupSpec parameters
   * @return the parsed ModifyInstanceGroupSpec answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyinstancegroupspec">ModifyInstanceGroupSpec in Alibaba's API reference</a>
   */
  ModifyInstanceGroupSpecResponse modifyInstanceGroupSpec(ModifyInstanceGroupSpecRequest request);

  // ---- instances (added with eds-aic SDK 3.29.3 parity)

  /**
   * Diagnoses and repairs instances; the Clean strategy clears system logs to free a full disk.
   *
   * @param request the InstanceHealer parameters
   * @return the parsed InstanceHealer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-instancehealer">InstanceHealer in Alibaba's API reference</a>
   */
  InstanceHealerResponse instanceHealer(InstanceHealerRequest request);

  /**
   * Lists the ADB port mappings (internal and external address and port) of instances one page at a time; standard network only.
   *
   * @param request the ListInstanceAdbAttributes parameters
   * @return the parsed ListInstanceAdbAttributes answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-listinstanceadbattributes">ListInstanceAdbAttributes in Alibaba's API reference</a>
   */
  ListInstanceAdbAttributesResponse listInstanceAdbAttributes(ListInstanceAdbAttributesRequest request);

  /**
   * Lists the ADB port mappings (internal and external address and port) of instances one page at a time; standard network only. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-listinstanceadbattributes">ListInstanceAdbAttributes in Alibaba's API reference</a>
   */
  Paged<AdbAttribute> listInstanceAdbAttributesPaged(ListInstanceAdbAttributesRequest request);

  /**
   * Enables ADB on instances and maps a public port to it; standard network only.
   *
   * @param request the StartInstanceAdb parameters
   * @return the parsed StartInstanceAdb answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-startinstanceadb">StartInstanceAdb in Alibaba's API reference</a>
   */
  StartInstanceAdbResponse startInstanceAdb(StartInstanceAdbRequest request);

  /**
   * Disables ADB on instances and removes the port mapping; standard network only.
   *
   * @param request the StopInstanceAdb parameters
   * @return the parsed StopInstanceAdb answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-stopinstanceadb">StopInstanceAdb in Alibaba's API reference</a>
   */
  StopInstanceAdbResponse stopInstanceAdb(StopInstanceAdbRequest request);

  // ---- images (added with eds-aic SDK 3.29.3 parity)

  /**
   * Imports a custom-built Android image from a file URL in OSS.
   *
   * @param request the ImportImage parameters
   * @return the parsed ImportImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-importimage">ImportImage in Alibaba's API reference</a>
   */
  ImportImageResponse importImage(ImportImageRequest request);

  // ---- backups (added with eds-aic SDK 3.29.3 parity)

  /**
   * Starts a full backup (installed apps, data, properties) of instances to an OSS path, one backup file per instance.
   *
   * @param request the BackupAndroidInstance parameters
   * @return the parsed BackupAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-backupandroidinstance">BackupAndroidInstance in Alibaba's API reference</a>
   */
  BackupAndroidInstanceResponse backupAndroidInstance(BackupAndroidInstanceRequest request);

  /**
   * Starts a backup of selected apps (package, data and cache) on instances to an OSS path.
   *
   * @param request the BackupApp parameters
   * @return the parsed BackupApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-backupapp">BackupApp in Alibaba's API reference</a>
   */
  BackupAppResponse backupApp(BackupAppRequest request);

  /**
   * Lists the OSS buckets usable for backup files (named cloudphone-saved-bucket-*) with their objects.
   *
   * @param request the DescribeBuckets parameters
   * @return the parsed DescribeBuckets answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describebuckets">DescribeBuckets in Alibaba's API reference</a>
   */
  DescribeBucketsResponse describeBuckets(DescribeBucketsRequest request);

  /**
   * Restores a full instance backup onto instances, which restart.
   *
   * @param request the RecoverAndroidInstance parameters
   * @return the parsed RecoverAndroidInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-recoverandroidinstance">RecoverAndroidInstance in Alibaba's API reference</a>
   */
  RecoverAndroidInstanceResponse recoverAndroidInstance(RecoverAndroidInstanceRequest request);

  /**
   * Restores backed-up apps and their data onto instances.
   *
   * @param request the RecoverApp parameters
   * @return the parsed RecoverApp answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-recoverapp">RecoverApp in Alibaba's API reference</a>
   */
  RecoverAppResponse recoverApp(RecoverAppRequest request);

  // ---- commands (added with eds-aic SDK 3.29.3 parity)

  /**
   * Runs a short shell command on up to 50 instances and returns its output in the same call (the service waits at most 3 seconds).
   *
   * @param request the RunSyncCommand parameters
   * @return the parsed RunSyncCommand answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-runsynccommand">RunSyncCommand in Alibaba's API reference</a>
   */
  RunSyncCommandResponse runSyncCommand(RunSyncCommandRequest request);

  // ---- monitoring (added with eds-aic SDK 3.29.3 parity)

  /**
   * Reads metric time series (for example bandwidth or CPU) of instances or matrices one page at a time, optionally per process.
   *
   * @param request the DescribeMetricList parameters
   * @return the parsed DescribeMetricList answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemetriclist">DescribeMetricList in Alibaba's API reference</a>
   */
  DescribeMetricListResponse describeMetricList(DescribeMetricListRequest request);

  /**
   * Reads metric time series (for example bandwidth or CPU) of instances or matrices one page at a time, optionally per process. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemetriclist">DescribeMetricList in Alibaba's API reference</a>
   */
  Paged<InstanceMetricSeries> describeMetricListPaged(DescribeMetricListRequest request);

  /**
   * Ranks instances by the latest values of metrics, one page at a time.
   *
   * @param request the DescribeMetricTop parameters
   * @return the parsed DescribeMetricTop answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemetrictop">DescribeMetricTop in Alibaba's API reference</a>
   */
  DescribeMetricTopResponse describeMetricTop(DescribeMetricTopRequest request);

  /**
   * Ranks instances by the latest values of metrics, one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemetrictop">DescribeMetricTop in Alibaba's API reference</a>
   */
  Paged<InstanceMetricSeries> describeMetricTopPaged(DescribeMetricTopRequest request);

  /**
   * Installs the monitoring plugin on instances so that they produce metric data.
   *
   * @param request the InstallMonitorAgent parameters
   * @return the parsed InstallMonitorAgent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-installmonitoragent">InstallMonitorAgent in Alibaba's API reference</a>
   */
  InstallMonitorAgentResponse installMonitorAgent(InstallMonitorAgentRequest request);

  /**
   * Removes the monitoring plugin from instances.
   *
   * @param request the UninstallMonitorAgent parameters
   * @return the parsed UninstallMonitorAgent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-uninstallmonitoragent">UninstallMonitorAgent in Alibaba's API reference</a>
   */
  UninstallMonitorAgentResponse uninstallMonitorAgent(UninstallMonitorAgentRequest request);

  // ---- system properties (added with eds-aic SDK 3.29.3 parity)

  /**
   * Creates a template of Android system properties (ro.* fields and custom key/values) to apply with setprop.
   *
   * @param request the CreateSystemPropertyTemplate parameters
   * @return the parsed CreateSystemPropertyTemplate answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createsystempropertytemplate">CreateSystemPropertyTemplate in Alibaba's API reference</a>
   */
  CreateSystemPropertyTemplateResponse createSystemPropertyTemplate(CreateSystemPropertyTemplateRequest request);

  /**
   * Deletes system property templates; phones that already received them keep their values.
   *
   * @param request the DeleteSystemPropertyTemplates parameters
   * @return the parsed DeleteSystemPropertyTemplates answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletesystempropertytemplates">DeleteSystemPropertyTemplates in Alibaba's API reference</a>
   */
  DeleteSystemPropertyTemplatesResponse deleteSystemPropertyTemplates(DeleteSystemPropertyTemplatesRequest request);

  /**
   * Lists system property templates and their properties one page at a time.
   *
   * @param request the DescribeSystemPropertyTemplates parameters
   * @return the parsed DescribeSystemPropertyTemplates answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describesystempropertytemplates">DescribeSystemPropertyTemplates in Alibaba's API reference</a>
   */
  DescribeSystemPropertyTemplatesResponse describeSystemPropertyTemplates(DescribeSystemPropertyTemplatesRequest request);

  /**
   * Lists system property templates and their properties one page at a time. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describesystempropertytemplates">DescribeSystemPropertyTemplates in Alibaba's API reference</a>
   */
  Paged<SystemPropertyTemplate> describeSystemPropertyTemplatesPaged(DescribeSystemPropertyTemplatesRequest request);

  /**
   * Reads all Android system properties (getprop output) of one instance.
   *
   * @param request the GetInstanceProperties parameters
   * @return the parsed GetInstanceProperties answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-getinstanceproperties">GetInstanceProperties in Alibaba's API reference</a>
   */
  GetInstancePropertiesResponse getInstanceProperties(GetInstancePropertiesRequest request);

  /**
   * Changes a system property template without pushing it to phones.
   *
   * @param request the ModifySystemPropertyTemplate parameters
   * @return the parsed ModifySystemPropertyTemplate answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifysystempropertytemplate">ModifySystemPropertyTemplate in Alibaba's API reference</a>
   */
  ModifySystemPropertyTemplateResponse modifySystemPropertyTemplate(ModifySystemPropertyTemplateRequest request);

  /**
   * Applies system property templates to instances with setprop; several templates are assigned to the instances at random.
   *
   * @param request the SendSystemPropertyTemplate parameters
   * @return the parsed SendSystemPropertyTemplate answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-sendsystempropertytemplate">SendSystemPropertyTemplate in Alibaba's API reference</a>
   */
  SendSystemPropertyTemplateResponse sendSystemPropertyTemplate(SendSystemPropertyTemplateRequest request);

  // ---- network (added with eds-aic SDK 3.29.3 parity)

  /**
   * Reads the account-wide IP and domain network-access blacklist (images 26.01 and later).
   *
   * @param request the GetNetworkBlacklist parameters
   * @return the parsed GetNetworkBlacklist answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-getnetworkblacklist">GetNetworkBlacklist in Alibaba's API reference</a>
   */
  GetNetworkBlacklistResponse getNetworkBlacklist(GetNetworkBlacklistRequest request);

  /**
   * Replaces the account-wide IP and domain blacklist (images 26.01 and later); a list holding one empty string clears it.
   *
   * @param request the SetNetworkBlacklist parameters
   * @return the parsed SetNetworkBlacklist answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-setnetworkblacklist">SetNetworkBlacklist in Alibaba's API reference</a>
   */
  SetNetworkBlacklistResponse setNetworkBlacklist(SetNetworkBlacklistRequest request);

  // ---- tags (added with eds-aic SDK 3.29.3 parity)

  /**
   * Lists the tags on cloud phones one page at a time, by resource ids and/or tags.
   *
   * @param request the ListTagResources parameters
   * @return the parsed ListTagResources answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-listtagresources">ListTagResources in Alibaba's API reference</a>
   */
  ListTagResourcesResponse listTagResources(ListTagResourcesRequest request);

  /**
   * Lists the tags on cloud phones one page at a time, by resource ids and/or tags. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-listtagresources">ListTagResources in Alibaba's API reference</a>
   */
  Paged<TagResource> listTagResourcesPaged(ListTagResourcesRequest request);

  /**
   * Attaches key/value tags to cloud phones.
   *
   * @param request the TagResources parameters
   * @return the parsed TagResources answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-tagresources">TagResources in Alibaba's API reference</a>
   */
  TagResourcesResponse tagResources(TagResourcesRequest request);

  /**
   * Removes tag keys, or all tags, from cloud phones.
   *
   * @param request the UntagResources parameters
   * @return the parsed UntagResources answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-untagresources">UntagResources in Alibaba's API reference</a>
   */
  UntagResourcesResponse untagResources(UntagResourcesRequest request);

  // ---- agents (eds-aic operations added after SDK 3.8.2)

  /**
   * Registers and activates an edge device (box, phone or pad) as a mobile agent with a license key, returning its instance id and API key.
   *
   * @param request the ActivateEdgeMobileAgent parameters
   * @return the parsed ActivateEdgeMobileAgent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-activateedgemobileagent">ActivateEdgeMobileAgent in Alibaba's API reference</a>
   */
  ActivateEdgeMobileAgentResponse activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest request);

  /**
   * Lists agent (JVS) instances one page at a time, with status, credit quota and usage, agent version and installed skills.
   *
   * @param request the DescribeJVSInstance parameters
   * @return the parsed DescribeJVSInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describejvsinstance">DescribeJVSInstance in Alibaba's API reference</a>
   */
  DescribeJVSInstanceResponse describeJVSInstance(DescribeJVSInstanceRequest request);

  /**
   * Lists agent (JVS) instances one page at a time, with status, credit quota and usage, agent version and installed skills. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describejvsinstance">DescribeJVSInstance in Alibaba's API reference</a>
   */
  Paged<JvsInstance> describeJVSInstancePaged(DescribeJVSInstanceRequest request);

  /**
   * Changes agent (JVS) instances: name, image, agent version or credit quotas.
   *
   * @param request the ModifyJVSInstance parameters
   * @return the parsed ModifyJVSInstance answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyjvsinstance">ModifyJVSInstance in Alibaba's API reference</a>
   */
  ModifyJVSInstanceResponse modifyJVSInstance(ModifyJVSInstanceRequest request);

  /**
   * Issues new model-gateway tokens for agent instances or edge license keys (the SDK sends both id lists comma-joined, as the API wants).
   *
   * @param request the RefreshAuthTokens parameters
   * @return the parsed RefreshAuthTokens answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-refreshauthtokens">RefreshAuthTokens in Alibaba's API reference</a>
   */
  RefreshAuthTokensResponse refreshAuthTokens(RefreshAuthTokensRequest request);

  // ---- agent tasks (eds-aic operations added after SDK 3.8.2)

  /**
   * Cancels AI agent tasks by id, reporting each task's status before and after.
   *
   * @param request the CancelAgentTask parameters
   * @return the parsed CancelAgentTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-cancelagenttask">CancelAgentTask in Alibaba's API reference</a>
   */
  CancelAgentTaskResponse cancelAgentTask(CancelAgentTaskRequest request);

  /**
   * Looks up AI agent tasks by id: status, steps, result and digest.
   *
   * @param request the DescribeAgentTask parameters
   * @return the parsed DescribeAgentTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeagenttask">DescribeAgentTask in Alibaba's API reference</a>
   */
  DescribeAgentTaskResponse describeAgentTask(DescribeAgentTaskRequest request);

  /**
   * Pauses running AI agent tasks by id.
   *
   * @param request the PauseAgentTask parameters
   * @return the parsed PauseAgentTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-pauseagenttask">PauseAgentTask in Alibaba's API reference</a>
   */
  PauseAgentTaskResponse pauseAgentTask(PauseAgentTaskRequest request);

  /**
   * Resumes paused AI agent tasks, optionally with a further prompt or answers to the agent's questions.
   *
   * @param request the ResumeAgentTask parameters
   * @return the parsed ResumeAgentTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-resumeagenttask">ResumeAgentTask in Alibaba's API reference</a>
   */
  ResumeAgentTaskResponse resumeAgentTask(ResumeAgentTaskRequest request);

  /**
   * Starts an AI automation task from a natural-language prompt on agent instances or sessions.
   *
   * @param request the RunAgentTask parameters
   * @return the parsed RunAgentTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-runagenttask">RunAgentTask in Alibaba's API reference</a>
   */
  RunAgentTaskResponse runAgentTask(RunAgentTaskRequest request);

  // ---- scheduled tasks (eds-aic operations added after SDK 3.8.2)

  /**
   * Creates a cron-driven AI agent task that runs a prompt on given instances.
   *
   * @param request the CreateScheduledTask parameters
   * @return the parsed CreateScheduledTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createscheduledtask">CreateScheduledTask in Alibaba's API reference</a>
   */
  CreateScheduledTaskResponse createScheduledTask(CreateScheduledTaskRequest request);

  /**
   * Deletes a scheduled agent task.
   *
   * @param request the DeleteScheduledTask parameters
   * @return the parsed DeleteScheduledTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletescheduledtask">DeleteScheduledTask in Alibaba's API reference</a>
   */
  DeleteScheduledTaskResponse deleteScheduledTask(DeleteScheduledTaskRequest request);

  /**
   * Lists the runs of scheduled agent tasks one page at a time: status, output, errors and timing.
   *
   * @param request the DescribeScheduledTaskExecutions parameters
   * @return the parsed DescribeScheduledTaskExecutions answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describescheduledtaskexecutions">DescribeScheduledTaskExecutions in Alibaba's API reference</a>
   */
  DescribeScheduledTaskExecutionsResponse describeScheduledTaskExecutions(DescribeScheduledTaskExecutionsRequest request);

  /**
   * Lists the runs of scheduled agent tasks one page at a time: status, output, errors and timing. As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describescheduledtaskexecutions">DescribeScheduledTaskExecutions in Alibaba's API reference</a>
   */
  Paged<ScheduledTaskExecution> describeScheduledTaskExecutionsPaged(DescribeScheduledTaskExecutionsRequest request);

  /**
   * Lists scheduled agent tasks one page at a time, with cron, run settings and run counters.
   *
   * @param request the DescribeScheduledTasks parameters
   * @return the parsed DescribeScheduledTasks answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describescheduledtasks">DescribeScheduledTasks in Alibaba's API reference</a>
   */
  DescribeScheduledTasksResponse describeScheduledTasks(DescribeScheduledTasksRequest request);

  /**
   * Lists scheduled agent tasks one page at a time, with cron, run settings and run counters. As a lazy listing that follows NextToken, fetching pages on demand. The listing follows NextToken (the operation also takes PageNumber/PageSize; leave them unset here).
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describescheduledtasks">DescribeScheduledTasks in Alibaba's API reference</a>
   */
  Paged<ScheduledTask> describeScheduledTasksPaged(DescribeScheduledTasksRequest request);

  /**
   * Changes a scheduled agent task (cron, prompt, instances, run settings, enabled state), guarded by its version.
   *
   * @param request the ModifyScheduledTask parameters
   * @return the parsed ModifyScheduledTask answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-modifyscheduledtask">ModifyScheduledTask in Alibaba's API reference</a>
   */
  ModifyScheduledTaskResponse modifyScheduledTask(ModifyScheduledTaskRequest request);

  // ---- agent packages (eds-aic operations added after SDK 3.8.2)

  /**
   * Orders edge agent packages (licenses for edge devices) by device class, quantity and period.
   *
   * @param request the CreateEdgeMobileAgentPackage parameters
   * @return the parsed CreateEdgeMobileAgentPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createedgemobileagentpackage">CreateEdgeMobileAgentPackage in Alibaba's API reference</a>
   */
  CreateEdgeMobileAgentPackageResponse createEdgeMobileAgentPackage(CreateEdgeMobileAgentPackageRequest request);

  /**
   * Buys mobile agent resource plans (agent node packages with credits).
   *
   * @param request the CreateMobileAgentPackage parameters
   * @return the parsed CreateMobileAgentPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createmobileagentpackage">CreateMobileAgentPackage in Alibaba's API reference</a>
   */
  CreateMobileAgentPackageResponse createMobileAgentPackage(CreateMobileAgentPackageRequest request);

  /**
   * Deletes mobile agent resource plans.
   *
   * @param request the DeleteMobileAgentPackage parameters
   * @return the parsed DeleteMobileAgentPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-deletemobileagentpackage">DeleteMobileAgentPackage in Alibaba's API reference</a>
   */
  DeleteMobileAgentPackageResponse deleteMobileAgentPackage(DeleteMobileAgentPackageRequest request);

  /**
   * Lists edge agent packages one page at a time, with license keys, specification, status and expiry (the SDK sends the id filters comma-joined, as the API wants).
   *
   * @param request the DescribeEdgeMobileAgentPackages parameters
   * @return the parsed DescribeEdgeMobileAgentPackages answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeedgemobileagentpackages">DescribeEdgeMobileAgentPackages in Alibaba's API reference</a>
   */
  DescribeEdgeMobileAgentPackagesResponse describeEdgeMobileAgentPackages(DescribeEdgeMobileAgentPackagesRequest request);

  /**
   * Lists edge agent packages one page at a time, with license keys, specification, status and expiry (the SDK sends the id filters comma-joined, as the API wants). As a lazy listing that follows NextToken, fetching pages on demand.
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describeedgemobileagentpackages">DescribeEdgeMobileAgentPackages in Alibaba's API reference</a>
   */
  Paged<EdgeAgentPackage> describeEdgeMobileAgentPackagesPaged(DescribeEdgeMobileAgentPackagesRequest request);

  /**
   * Lists mobile agent resource plans one page (by page number) at a time, with specification, status, credits and bound instances.
   *
   * @param request the DescribeMobileAgentPackage parameters
   * @return the parsed DescribeMobileAgentPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemobileagentpackage">DescribeMobileAgentPackage in Alibaba's API reference</a>
   */
  DescribeMobileAgentPackageResponse describeMobileAgentPackage(DescribeMobileAgentPackageRequest request);

  /**
   * Lists mobile agent resource plans one page (by page number) at a time, with specification, status, credits and bound instances. As a lazy listing that walks page numbers, fetching pages on demand (this operation has no NextToken).
   *
   * @param request the filters; its PageNum is the first page read (1 when absent) and its PageSize the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describemobileagentpackage">DescribeMobileAgentPackage in Alibaba's API reference</a>
   */
  Paged<MobileAgentPackage> describeMobileAgentPackagePaged(DescribeMobileAgentPackageRequest request);

  /**
   * Renews mobile agent resource plans for another period.
   *
   * @param request the RenewMobileAgentPackage parameters
   * @return the parsed RenewMobileAgentPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-renewmobileagentpackage">RenewMobileAgentPackage in Alibaba's API reference</a>
   */
  RenewMobileAgentPackageResponse renewMobileAgentPackage(RenewMobileAgentPackageRequest request);

  // ---- credits (eds-aic operations added after SDK 3.8.2)

  /**
   * Buys credit booster packs for agent model usage.
   *
   * @param request the CreateCreditPackage parameters
   * @return the parsed CreateCreditPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-createcreditpackage">CreateCreditPackage in Alibaba's API reference</a>
   */
  CreateCreditPackageResponse createCreditPackage(CreateCreditPackageRequest request);

  /**
   * Lists credit change records in a time range one page at a time, per task or request, with model and token usage.
   *
   * @param request the DescribeCreditDetail parameters
   * @return the parsed DescribeCreditDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describecreditdetail">DescribeCreditDetail in Alibaba's API reference</a>
   */
  DescribeCreditDetailResponse describeCreditDetail(DescribeCreditDetailRequest request);

  /**
   * Lists credit change records in a time range one page at a time, per task or request, with model and token usage. As a lazy listing that follows NextToken, fetching pages on demand. The listing follows {@code Data.NextToken} (the operation also takes PageNum/PageSize; leave them unset here).
   *
   * @param request the filters; its NextToken is where the listing starts and its MaxResults the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describecreditdetail">DescribeCreditDetail in Alibaba's API reference</a>
   */
  Paged<CreditRecord> describeCreditDetailPaged(DescribeCreditDetailRequest request);

  /**
   * Lists credit booster packs with their total, used and available credits.
   *
   * @param request the DescribeCreditPackage parameters
   * @return the parsed DescribeCreditPackage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Alibaba refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-describecreditpackage">DescribeCreditPackage in Alibaba's API reference</a>
   */
  DescribeCreditPackageResponse describeCreditPackage(DescribeCreditPackageRequest request);
}
