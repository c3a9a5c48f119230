package io.cloudphone.huawei;

import java.util.concurrent.CompletableFuture;
import io.cloudphone.huawei.model.*;

/**
 * The non-blocking face of {@link HuaweiCphClient}: the same operations, each returning a future completed
 * from OkHttp's dispatcher; retries wait on the client's clock, not on a thread.
 */
public interface HuaweiCphAsyncClient {
  /**
   * Lists cloud phone servers one page at a time, newest first.
   *
   * @param request the ListCloudPhoneServers parameters
   * @return a future of the parsed ListCloudPhoneServers answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0502.html">ListCloudPhoneServers in Huawei's API reference</a>
   */
  CompletableFuture<ListCloudPhoneServersResponse> listCloudPhoneServers(ListCloudPhoneServersRequest request);

  /**
   * Returns one cloud phone server with its addresses, bandwidths, disks and security groups.
   *
   * @param request the ShowCloudPhoneServerDetail parameters
   * @return a future of the parsed ShowCloudPhoneServerDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">ShowCloudPhoneServerDetail in Huawei's API reference</a>
   */
  CompletableFuture<ShowCloudPhoneServerDetailResponse> showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest request);

  /**
   * Lists the cloud phone server flavors on offer, optionally for one product type.
   *
   * @param request the ListCloudPhoneServerModels parameters
   * @return a future of the parsed ListCloudPhoneServerModels answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0505.html">ListCloudPhoneServerModels in Huawei's API reference</a>
   */
  CompletableFuture<ListCloudPhoneServerModelsResponse> listCloudPhoneServerModels(ListCloudPhoneServerModelsRequest request);

  /**
   * Buys cloud phone servers on a system network that Huawei creates for them.
   *
   * @param request the CreateCloudPhoneServer parameters
   * @return a future of the parsed CreateCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0550.html">CreateCloudPhoneServer in Huawei's API reference</a>
   * @deprecated removed from Huawei's official SDK in 3.1.60; kept because the documented API still accepts it (prefer createNet2CloudPhoneServer)
   */
  @Deprecated
  CompletableFuture<CreateCloudPhoneServerResponse> createCloudPhoneServer(CreateCloudPhoneServerRequest request);

  /**
   * Buys cloud phone servers in one of your VPCs (custom network), the recommended way to buy servers.
   *
   * @param request the CreateNet2CloudPhoneServer parameters
   * @return a future of the parsed CreateNet2CloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0550.html">CreateNet2CloudPhoneServer in Huawei's API reference</a>
   */
  CompletableFuture<CreateNet2CloudPhoneServerResponse> createNet2CloudPhoneServer(CreateNet2CloudPhoneServerRequest request);

  /**
   * Restarts up to 100 cloud phone servers, starting one job per server.
   *
   * @param request the RestartCloudPhoneServer parameters
   * @return a future of the parsed RestartCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0517.html">RestartCloudPhoneServer in Huawei's API reference</a>
   */
  CompletableFuture<RestartCloudPhoneServerResponse> restartCloudPhoneServer(RestartCloudPhoneServerRequest request);

  /**
   * Unpacks a .tar file from OBS into the shared storage of cloud phone servers, one job per server.
   *
   * @param request the PushShareFiles parameters
   * @return a future of the parsed PushShareFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0534.html">PushShareFiles in Huawei's API reference</a>
   */
  CompletableFuture<PushShareFilesResponse> pushShareFiles(PushShareFilesRequest request);

  /**
   * Starts one job per server that lists a shared-storage directory; the finished job carries the listing.
   *
   * @param request the ListShareFiles parameters
   * @return a future of the parsed ListShareFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0541.html">ListShareFiles in Huawei's API reference</a>
   */
  CompletableFuture<ListShareFilesResponse> listShareFiles(ListShareFilesRequest request);

  /**
   * Deletes files and directories from the shared storage of cloud phone servers, one job per server.
   *
   * @param request the DeleteShareFiles parameters
   * @return a future of the parsed DeleteShareFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0535.html">DeleteShareFiles in Huawei's API reference</a>
   */
  CompletableFuture<DeleteShareFilesResponse> deleteShareFiles(DeleteShareFilesRequest request);

  /**
   * Pushes an application packed as a .tar file in OBS to the shared application storage of up to 100 servers.
   *
   * @param request the PushShareApps parameters
   * @return a future of the parsed PushShareApps answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0546.html">PushShareApps in Huawei's API reference</a>
   */
  CompletableFuture<PushShareAppsResponse> pushShareApps(PushShareAppsRequest request);

  /**
   * Removes a shared application from cloud phone servers, one job per server.
   *
   * @param request the DeleteShareApps parameters
   * @return a future of the parsed DeleteShareApps answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0547.html">DeleteShareApps in Huawei's API reference</a>
   */
  CompletableFuture<DeleteShareAppsResponse> deleteShareApps(DeleteShareAppsRequest request);

  /**
   * Orders a change of a cloud phone server to another special flavor of the same generation.
   *
   * @param request the ChangeCloudPhoneServerModel parameters
   * @return a future of the parsed ChangeCloudPhoneServerModel answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0545.html">ChangeCloudPhoneServerModel in Huawei's API reference</a>
   */
  CompletableFuture<ChangeCloudPhoneServerModelResponse> changeCloudPhoneServerModel(ChangeCloudPhoneServerModelRequest request);

  /**
   * Renames a cloud phone server.
   *
   * @param request the UpdateServerName parameters
   * @return a future of the parsed UpdateServerName answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0551.html">UpdateServerName in Huawei's API reference</a>
   */
  CompletableFuture<UpdateServerNameResponse> updateServerName(UpdateServerNameRequest request);

  /**
   * Lists the bandwidths used by your system-network cloud phone servers one page at a time.
   *
   * @param request the ShowBandwidthDetail parameters
   * @return a future of the parsed ShowBandwidthDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0511.html">ShowBandwidthDetail in Huawei's API reference</a>
   */
  CompletableFuture<ShowBandwidthDetailResponse> showBandwidthDetail(ShowBandwidthDetailRequest request);

  /**
   * Resizes a shared bandwidth used by cloud phone servers.
   *
   * @param request the UpdateBandwidth parameters
   * @return a future of the parsed UpdateBandwidth answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0512.html">UpdateBandwidth in Huawei's API reference</a>
   */
  CompletableFuture<UpdateBandwidthResponse> updateBandwidth(UpdateBandwidthRequest request);

  /**
   * Lists cloud phones one page at a time, newest first.
   *
   * @param request the ListCloudPhones parameters
   * @return a future of the parsed ListCloudPhones answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0503.html">ListCloudPhones in Huawei's API reference</a>
   */
  CompletableFuture<ListCloudPhonesResponse> listCloudPhones(ListCloudPhonesRequest request);

  /**
   * Returns the details of one cloud phone, including its access ports, data disk and properties.
   *
   * @param request the ShowCloudPhoneDetail parameters
   * @return a future of the parsed ShowCloudPhoneDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0504.html">ShowCloudPhoneDetail in Huawei's API reference</a>
   */
  CompletableFuture<ShowCloudPhoneDetailResponse> showCloudPhoneDetail(ShowCloudPhoneDetailRequest request);

  /**
   * Lists cloud phone flavors one page at a time, optionally only available or offline ones.
   *
   * @param request the ListCloudPhoneModels parameters
   * @return a future of the parsed ListCloudPhoneModels answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0506.html">ListCloudPhoneModels in Huawei's API reference</a>
   */
  CompletableFuture<ListCloudPhoneModelsResponse> listCloudPhoneModels(ListCloudPhoneModelsRequest request);

  /**
   * Lists the images cloud phones of this project can run.
   *
   * @param request the ListCloudPhoneImages parameters
   * @return a future of the parsed ListCloudPhoneImages answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0519.html">ListCloudPhoneImages in Huawei's API reference</a>
   */
  CompletableFuture<ListCloudPhoneImagesResponse> listCloudPhoneImages(ListCloudPhoneImagesRequest request);

  /**
   * Resets cloud phones to factory settings, optionally onto another image; starts one job per phone.
   *
   * @param request the ResetCloudPhone parameters
   * @return a future of the parsed ResetCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0514.html">ResetCloudPhone in Huawei's API reference</a>
   */
  CompletableFuture<ResetCloudPhoneResponse> resetCloudPhone(ResetCloudPhoneRequest request);

  /**
   * Restarts cloud phones, or starts stopped ones, optionally onto another image; starts one job per phone.
   *
   * @param request the RestartCloudPhone parameters
   * @return a future of the parsed RestartCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0515.html">RestartCloudPhone in Huawei's API reference</a>
   */
  CompletableFuture<RestartCloudPhoneResponse> restartCloudPhone(RestartCloudPhoneRequest request);

  /**
   * Powers off cloud phones; starts one job per phone.
   *
   * @param request the StopCloudPhone parameters
   * @return a future of the parsed StopCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0516.html">StopCloudPhone in Huawei's API reference</a>
   */
  CompletableFuture<StopCloudPhoneResponse> stopCloudPhone(StopCloudPhoneRequest request);

  /**
   * Renames one cloud phone.
   *
   * @param request the UpdatePhoneName parameters
   * @return a future of the parsed UpdatePhoneName answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0508.html">UpdatePhoneName in Huawei's API reference</a>
   */
  CompletableFuture<UpdatePhoneNameResponse> updatePhoneName(UpdatePhoneNameRequest request);

  /**
   * Sets properties of cloud phones, some of which take effect only after a restart; starts one job per phone.
   *
   * @param request the UpdateCloudPhoneProperty parameters
   * @return a future of the parsed UpdateCloudPhoneProperty answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0536.html">UpdateCloudPhoneProperty in Huawei's API reference</a>
   */
  CompletableFuture<UpdateCloudPhonePropertyResponse> updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest request);

  /**
   * Exports directories of cloud phones to OBS objects; starts one job per phone.
   *
   * @param request the BatchExportCloudPhoneData parameters
   * @return a future of the parsed BatchExportCloudPhoneData answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0538.html">BatchExportCloudPhoneData in Huawei's API reference</a>
   */
  CompletableFuture<BatchExportCloudPhoneDataResponse> batchExportCloudPhoneData(BatchExportCloudPhoneDataRequest request);

  /**
   * Restores data exported to OBS onto cloud phones; starts one job per phone.
   *
   * @param request the BatchImportCloudPhoneData parameters
   * @return a future of the parsed BatchImportCloudPhoneData answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0539.html">BatchImportCloudPhoneData in Huawei's API reference</a>
   */
  CompletableFuture<BatchImportCloudPhoneDataResponse> batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest request);

  /**
   * Moves whole stopped cloud phones, system and data disks, onto target phones; starts one job per pair.
   *
   * @param request the BatchMigrateCloudPhone parameters
   * @return a future of the parsed BatchMigrateCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0548.html">BatchMigrateCloudPhone in Huawei's API reference</a>
   * @deprecated removed from Huawei's official SDK in 3.1.60; kept because the documented API still accepts it
   */
  @Deprecated
  CompletableFuture<BatchMigrateCloudPhoneResponse> batchMigrateCloudPhone(BatchMigrateCloudPhoneRequest request);

  /**
   * Routes the traffic of up to 100 cloud phones directly or through the encoding container; starts one job per phone.
   *
   * @param request the ImportTraffic parameters
   * @return a future of the parsed ImportTraffic answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0549.html">ImportTraffic in Huawei's API reference</a>
   */
  CompletableFuture<ImportTrafficResponse> importTraffic(ImportTrafficRequest request);

  /**
   * Reads the status, times, error and output of one asynchronous task.
   *
   * @param request the ShowJob parameters
   * @return a future of the parsed ShowJob answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0521.html">ShowJob in Huawei's API reference</a>
   */
  CompletableFuture<ShowJobResponse> showJob(ShowJobRequest request);

  /**
   * Lists the tasks started by one request id, or by up to 20 request ids, one page at a time.
   *
   * @param request the ListJobs parameters
   * @return a future of the parsed ListJobs answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0522.html">ListJobs in Huawei's API reference</a>
   */
  CompletableFuture<ListJobsResponse> listJobs(ListJobsRequest request);

  /**
   * Changes the key pair used to connect to the phones of each given server, one task per server.
   *
   * @param request the UpdateKeypair parameters
   * @return a future of the parsed UpdateKeypair answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0524.html">UpdateKeypair in Huawei's API reference</a>
   */
  CompletableFuture<UpdateKeypairResponse> updateKeypair(UpdateKeypairRequest request);

  /**
   * Lists encoding servers with their access ports, one page at a time.
   *
   * @param request the ListEncodeServers parameters
   * @return a future of the parsed ListEncodeServers answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0526.html">ListEncodeServers in Huawei's API reference</a>
   */
  CompletableFuture<ListEncodeServersResponse> listEncodeServers(ListEncodeServersRequest request);

  /**
   * Restarts encoding servers in one batch, one task per encoding server.
   *
   * @param request the RestartEncodeServer parameters
   * @return a future of the parsed RestartEncodeServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0527.html">RestartEncodeServer in Huawei's API reference</a>
   */
  CompletableFuture<RestartEncodeServerResponse> restartEncodeServer(RestartEncodeServerRequest request);

  /**
   * Pushes a .tar file from OBS to phones, unpacked into their root directory, one task per phone.
   *
   * @param request the PushFile parameters
   * @return a future of the parsed PushFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0529.html">PushFile in Huawei's API reference</a>
   */
  CompletableFuture<PushFileResponse> pushFile(PushFileRequest request);

  /**
   * Installs an APK, or the split APKs of one app, from OBS on phones, one task per phone.
   *
   * @param request the InstallApk parameters
   * @return a future of the parsed InstallApk answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0530.html">InstallApk in Huawei's API reference</a>
   */
  CompletableFuture<InstallApkResponse> installApk(InstallApkRequest request);

  /**
   * Uninstalls an app by package name from phones, one task per phone.
   *
   * @param request the UninstallApk parameters
   * @return a future of the parsed UninstallApk answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0531.html">UninstallApk in Huawei's API reference</a>
   */
  CompletableFuture<UninstallApkResponse> uninstallApk(UninstallApkRequest request);

  /**
   * Starts an ADB shell command on phones asynchronously, one task per phone.
   *
   * @param request the RunShellCommand parameters
   * @return a future of the parsed RunShellCommand answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0532.html">RunShellCommand in Huawei's API reference</a>
   */
  CompletableFuture<RunShellCommandResponse> runShellCommand(RunShellCommandRequest request);

  /**
   * Runs an ADB shell command on phones and waits for each phone's output (at most 6 calls a minute).
   *
   * @param request the RunSyncCommand parameters
   * @return a future of the parsed RunSyncCommand answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0537.html">RunSyncCommand in Huawei's API reference</a>
   */
  CompletableFuture<RunSyncCommandResponse> runSyncCommand(RunSyncCommandRequest request);

  /**
   * Shares a custom image with another account's project in the same region.
   *
   * @param request the AddImageMember parameters
   * @return a future of the parsed AddImageMember answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0561.html">AddImageMember in Huawei's API reference</a>
   */
  CompletableFuture<AddImageMemberResponse> addImageMember(AddImageMemberRequest request);

  /**
   * Adds tags to a cloud phone server.
   *
   * @param request the BatchCreateTags parameters
   * @return a future of the parsed BatchCreateTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0553.html">BatchCreateTags in Huawei's API reference</a>
   */
  CompletableFuture<BatchCreateTagsResponse> batchCreateTags(BatchCreateTagsRequest request);

  /**
   * Removes tags from a cloud phone server.
   *
   * @param request the BatchDeleteTags parameters
   * @return a future of the parsed BatchDeleteTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0554.html">BatchDeleteTags in Huawei's API reference</a>
   */
  CompletableFuture<BatchDeleteTagsResponse> batchDeleteTags(BatchDeleteTagsRequest request);

  /**
   * Issues connection details and signed session tickets for up to 10 phones, with an error for each phone that cannot be reached.
   *
   * @param request the BatchShowPhoneConnectInfos parameters
   * @return a future of the parsed BatchShowPhoneConnectInfos answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0564.html">BatchShowPhoneConnectInfos in Huawei's API reference</a>
   */
  CompletableFuture<BatchShowPhoneConnectInfosResponse> batchShowPhoneConnectInfos(BatchShowPhoneConnectInfosRequest request);

  /**
   * Swaps a cloud phone server for a new one with the same name, id and billing; its phones are recreated without their data.
   *
   * @param request the ChangeCloudPhoneServer parameters
   * @return a future of the parsed ChangeCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/ChangeCloudPhoneServer.html">ChangeCloudPhoneServer in Huawei's API reference</a>
   */
  CompletableFuture<ChangeCloudPhoneServerResponse> changeCloudPhoneServer(ChangeCloudPhoneServerRequest request);

  /**
   * Orders up to 10 bare cloud phone servers that carry a server image but no phones.
   *
   * @param request the CreateCloudPhoneSingleServer parameters
   * @return a future of the parsed CreateCloudPhoneSingleServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/CreateCloudPhoneSingleServer.html">CreateCloudPhoneSingleServer in Huawei's API reference</a>
   */
  CompletableFuture<CreateCloudPhoneSingleServerResponse> createCloudPhoneSingleServer(CreateCloudPhoneSingleServerRequest request);

  /**
   * Releases cloud phone servers and returns the job doing it.
   *
   * @param request the DeleteCloudPhoneServer parameters
   * @return a future of the parsed DeleteCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">DeleteCloudPhoneServer in Huawei's API reference</a>
   */
  CompletableFuture<DeleteCloudPhoneServerResponse> deleteCloudPhoneServer(DeleteCloudPhoneServerRequest request);

  /**
   * Deletes a custom image.
   *
   * @param request the DeleteImage parameters
   * @return a future of the parsed DeleteImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0560.html">DeleteImage in Huawei's API reference</a>
   */
  CompletableFuture<DeleteImageResponse> deleteImage(DeleteImageRequest request);

  /**
   * Stops sharing a custom image with one project.
   *
   * @param request the DeleteImageMember parameters
   * @return a future of the parsed DeleteImageMember answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0563.html">DeleteImageMember in Huawei's API reference</a>
   */
  CompletableFuture<DeleteImageMemberResponse> deleteImageMember(DeleteImageMemberRequest request);

  /**
   * Grows the data disks of cloud phones, starting one job per phone.
   *
   * @param request the ExpandPhoneDataVolumeSize parameters
   * @return a future of the parsed ExpandPhoneDataVolumeSize answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/ExpandPhoneDataVolumeSize.html">ExpandPhoneDataVolumeSize in Huawei's API reference</a>
   */
  CompletableFuture<ExpandPhoneDataVolumeSizeResponse> expandPhoneDataVolumeSize(ExpandPhoneDataVolumeSizeRequest request);

  /**
   * Lists the projects a custom image is shared with.
   *
   * @param request the ListImageMembers parameters
   * @return a future of the parsed ListImageMembers answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0562.html">ListImageMembers in Huawei's API reference</a>
   */
  CompletableFuture<ListImageMembersResponse> listImageMembers(ListImageMembersRequest request);

  /**
   * Lists custom images, private or shared with you, one page at a time.
   *
   * @param request the ListImages parameters
   * @return a future of the parsed ListImages answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0559.html">ListImages in Huawei's API reference</a>
   */
  CompletableFuture<ListImagesResponse> listImages(ListImagesRequest request);

  /**
   * Lists the tag keys and values used on cloud phone servers in the project.
   *
   * @param request the ListProjectTags parameters
   * @return a future of the parsed ListProjectTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0557.html">ListProjectTags in Huawei's API reference</a>
   */
  CompletableFuture<ListProjectTagsResponse> listProjectTags(ListProjectTagsRequest request);

  /**
   * Finds cloud phone servers by tag or name, one page at a time, or counts them.
   *
   * @param request the ListResourceInstances parameters
   * @return a future of the parsed ListResourceInstances answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0555.html">ListResourceInstances in Huawei's API reference</a>
   */
  CompletableFuture<ListResourceInstancesResponse> listResourceInstances(ListResourceInstancesRequest request);

  /**
   * Lists the tags on one cloud phone server.
   *
   * @param request the ListResourceTags parameters
   * @return a future of the parsed ListResourceTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0556.html">ListResourceTags in Huawei's API reference</a>
   */
  CompletableFuture<ListResourceTagsResponse> listResourceTags(ListResourceTagsRequest request);

  /**
   * Accepts or rejects an image another account shared with this project.
   *
   * @param request the UpdateImageMember parameters
   * @return a future of the parsed UpdateImageMember answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0564_0.html">UpdateImageMember in Huawei's API reference</a>
   */
  CompletableFuture<UpdateImageMemberResponse> updateImageMember(UpdateImageMemberRequest request);

  /**
   * Mounts a shared SFS Turbo file system on up to 20 servers, starting one job per server.
   *
   * @param request the AttachShareFilesystem parameters
   * @return a future of the parsed AttachShareFilesystem answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">AttachShareFilesystem in Huawei's API reference</a>
   */
  CompletableFuture<AttachShareFilesystemResponse> attachShareFilesystem(AttachShareFilesystemRequest request);

  /**
   * Unmounts a shared SFS Turbo file system from up to 20 servers, starting one job per server.
   *
   * @param request the DetachShareFilesystem parameters
   * @return a future of the parsed DetachShareFilesystem answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">DetachShareFilesystem in Huawei's API reference</a>
   */
  CompletableFuture<DetachShareFilesystemResponse> detachShareFilesystem(DetachShareFilesystemRequest request);

  /**
   * Lists the applications and versions in a server's shared application store, one marker page at a time.
   *
   * @param request the ListShareAppsSnapshot parameters
   * @return a future of the parsed ListShareAppsSnapshot answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">ListShareAppsSnapshot in Huawei's API reference</a>
   */
  CompletableFuture<ListShareAppsSnapshotResponse> listShareAppsSnapshot(ListShareAppsSnapshotRequest request);

  /**
   * Lists the server flavors the account may buy in each availability zone and whether each is in stock.
   *
   * @param request the ListCloudPhoneServerModelOfferings parameters
   * @return a future of the parsed ListCloudPhoneServerModelOfferings answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0505.html">ListCloudPhoneServerModelOfferings in Huawei's API reference</a>
   */
  CompletableFuture<ListCloudPhoneServerModelOfferingsResponse> listCloudPhoneServerModelOfferings(ListCloudPhoneServerModelOfferingsRequest request);

  /**
   * Lists planned maintenance events on the account's servers, one marker page at a time.
   *
   * @param request the ListScheduledEvents parameters
   * @return a future of the parsed ListScheduledEvents answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">ListScheduledEvents in Huawei's API reference</a>
   */
  CompletableFuture<ListScheduledEventsResponse> listScheduledEvents(ListScheduledEventsRequest request);

  /**
   * Authorises a scheduled maintenance or redeployment event, now or at a chosen time.
   *
   * @param request the AuthorizeScheduledEvent parameters
   * @return a future of the parsed AuthorizeScheduledEvent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">AuthorizeScheduledEvent in Huawei's API reference</a>
   */
  CompletableFuture<AuthorizeScheduledEventResponse> authorizeScheduledEvent(AuthorizeScheduledEventRequest request);

  /**
   * Moves the planned start of a scheduled event.
   *
   * @param request the UpdateScheduledEvent parameters
   * @return a future of the parsed UpdateScheduledEvent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">UpdateScheduledEvent in Huawei's API reference</a>
   */
  CompletableFuture<UpdateScheduledEventResponse> updateScheduledEvent(UpdateScheduledEventRequest request);
}
