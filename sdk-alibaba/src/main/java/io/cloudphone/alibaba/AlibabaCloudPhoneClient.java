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
}
