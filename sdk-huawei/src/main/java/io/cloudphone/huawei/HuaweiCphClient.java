package io.cloudphone.huawei;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Paged;
import io.cloudphone.huawei.model.*;

/**
 * Typed client for every Huawei Cloud Phone Host operation: one method per operation, named after Huawei's API
 * name, taking an immutable request and returning an immutable response. Thread-safe; share one per
 * application. Build one with {@link #builder()}. It is also a provider-neutral {@link CloudPhoneClient}:
 * {@link #servers()}, {@link #phones()} and {@link #jobs()} run the same code on Huawei and Alibaba.
 */
public interface HuaweiCphClient extends CloudPhoneClient {
  /** Starts configuring a client. */
  static HuaweiCphClientBuilder builder() {
    return new HuaweiCphClientBuilder();
  }

  /**
   * The same operations, returning {@link java.util.concurrent.CompletableFuture} without blocking the caller;
   * on the wire each call holds one of the at most 64 shared HTTP threads, and calls beyond that wait in a queue
   * holding none.
   */
  HuaweiCphAsyncClient async();

  /** The project id calls are made in, discovered through IAM on first use when none was configured. */
  String projectId();

  /**
   * This client with another overall deadline per call (all attempts and backoff pauses), sharing everything
   * else, its lifecycle included; see {@link CloudPhoneClient#withDeadline}.
   */
  @Override
  HuaweiCphClient withDeadline(java.time.Duration deadline);

  /**
   * Lists cloud phone servers one page at a time, newest first.
   *
   * @param request the ListCloudPhoneServers parameters
   * @return the parsed ListCloudPhoneServers answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0502.html">ListCloudPhoneServers in Huawei's API reference</a>
   */
  ListCloudPhoneServersResponse listCloudPhoneServers(ListCloudPhoneServersRequest request);

  /**
   * Lists cloud phone servers one page at a time, newest first. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0502.html">ListCloudPhoneServers in Huawei's API reference</a>
   */
  Paged<PhoneServer> listCloudPhoneServersPaged(ListCloudPhoneServersRequest request);

  /**
   * Returns one cloud phone server with its addresses, bandwidths, disks and security groups.
   *
   * @param request the ShowCloudPhoneServerDetail parameters
   * @return the parsed ShowCloudPhoneServerDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">ShowCloudPhoneServerDetail in Huawei's API reference</a>
   */
  ShowCloudPhoneServerDetailResponse showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest request);

  /**
   * Lists the cloud phone server flavors on offer, optionally for one product type.
   *
   * @param request the ListCloudPhoneServerModels parameters
   * @return the parsed ListCloudPhoneServerModels answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0505.html">ListCloudPhoneServerModels in Huawei's API reference</a>
   */
  ListCloudPhoneServerModelsResponse listCloudPhoneServerModels(ListCloudPhoneServerModelsRequest request);

  /**
   * Buys cloud phone servers on a system network that Huawei creates for them.
   *
   * @param request the CreateCloudPhoneServer parameters
   * @return the parsed CreateCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0550.html">CreateCloudPhoneServer in Huawei's API reference</a>
   * @deprecated removed from Huawei's official SDK in 3.1.60; kept because the documented API still accepts it (prefer createNet2CloudPhoneServer)
   */
  @Deprecated
  CreateCloudPhoneServerResponse createCloudPhoneServer(CreateCloudPhoneServerRequest request);

  /**
   * Buys cloud phone servers in one of your VPCs (custom network), the recommended way to buy servers.
   *
   * @param request the CreateNet2CloudPhoneServer parameters
   * @return the parsed CreateNet2CloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0550.html">CreateNet2CloudPhoneServer in Huawei's API reference</a>
   */
  CreateNet2CloudPhoneServerResponse createNet2CloudPhoneServer(CreateNet2CloudPhoneServerRequest request);

  /**
   * Restarts up to 100 cloud phone servers, starting one job per server.
   *
   * @param request the RestartCloudPhoneServer parameters
   * @return the parsed RestartCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0517.html">RestartCloudPhoneServer in Huawei's API reference</a>
   */
  RestartCloudPhoneServerResponse restartCloudPhoneServer(RestartCloudPhoneServerRequest request);

  /**
   * Unpacks a .tar file from OBS into the shared storage of cloud phone servers, one job per server.
   *
   * @param request the PushShareFiles parameters
   * @return the parsed PushShareFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0534.html">PushShareFiles in Huawei's API reference</a>
   */
  PushShareFilesResponse pushShareFiles(PushShareFilesRequest request);

  /**
   * Starts one job per server that lists a shared-storage directory; the finished job carries the listing.
   *
   * @param request the ListShareFiles parameters
   * @return the parsed ListShareFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0541.html">ListShareFiles in Huawei's API reference</a>
   */
  ListShareFilesResponse listShareFiles(ListShareFilesRequest request);

  /**
   * Deletes files and directories from the shared storage of cloud phone servers, one job per server.
   *
   * @param request the DeleteShareFiles parameters
   * @return the parsed DeleteShareFiles answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0535.html">DeleteShareFiles in Huawei's API reference</a>
   */
  DeleteShareFilesResponse deleteShareFiles(DeleteShareFilesRequest request);

  /**
   * Pushes an application packed as a .tar file in OBS to the shared application storage of up to 100 servers.
   *
   * @param request the PushShareApps parameters
   * @return the parsed PushShareApps answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0546.html">PushShareApps in Huawei's API reference</a>
   */
  PushShareAppsResponse pushShareApps(PushShareAppsRequest request);

  /**
   * Removes a shared application from cloud phone servers, one job per server.
   *
   * @param request the DeleteShareApps parameters
   * @return the parsed DeleteShareApps answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0547.html">DeleteShareApps in Huawei's API reference</a>
   */
  DeleteShareAppsResponse deleteShareApps(DeleteShareAppsRequest request);

  /**
   * Orders a change of a cloud phone server to another special flavor of the same generation.
   *
   * @param request the ChangeCloudPhoneServerModel parameters
   * @return the parsed ChangeCloudPhoneServerModel answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0545.html">ChangeCloudPhoneServerModel in Huawei's API reference</a>
   */
  ChangeCloudPhoneServerModelResponse changeCloudPhoneServerModel(ChangeCloudPhoneServerModelRequest request);

  /**
   * Renames a cloud phone server.
   *
   * @param request the UpdateServerName parameters
   * @return the parsed UpdateServerName answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0551.html">UpdateServerName in Huawei's API reference</a>
   */
  UpdateServerNameResponse updateServerName(UpdateServerNameRequest request);

  /**
   * Lists the bandwidths used by your system-network cloud phone servers one page at a time.
   *
   * @param request the ShowBandwidthDetail parameters
   * @return the parsed ShowBandwidthDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0511.html">ShowBandwidthDetail in Huawei's API reference</a>
   */
  ShowBandwidthDetailResponse showBandwidthDetail(ShowBandwidthDetailRequest request);

  /**
   * Lists the bandwidths used by your system-network cloud phone servers one page at a time. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0511.html">ShowBandwidthDetail in Huawei's API reference</a>
   */
  Paged<Bandwidth> showBandwidthDetailPaged(ShowBandwidthDetailRequest request);

  /**
   * Resizes a shared bandwidth used by cloud phone servers.
   *
   * @param request the UpdateBandwidth parameters
   * @return the parsed UpdateBandwidth answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0512.html">UpdateBandwidth in Huawei's API reference</a>
   */
  UpdateBandwidthResponse updateBandwidth(UpdateBandwidthRequest request);

  /**
   * Lists cloud phones one page at a time, newest first.
   *
   * @param request the ListCloudPhones parameters
   * @return the parsed ListCloudPhones answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0503.html">ListCloudPhones in Huawei's API reference</a>
   */
  ListCloudPhonesResponse listCloudPhones(ListCloudPhonesRequest request);

  /**
   * Lists cloud phones one page at a time, newest first. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0503.html">ListCloudPhones in Huawei's API reference</a>
   */
  Paged<CloudPhone> listCloudPhonesPaged(ListCloudPhonesRequest request);

  /**
   * Returns the details of one cloud phone, including its access ports, data disk and properties.
   *
   * @param request the ShowCloudPhoneDetail parameters
   * @return the parsed ShowCloudPhoneDetail answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0504.html">ShowCloudPhoneDetail in Huawei's API reference</a>
   */
  ShowCloudPhoneDetailResponse showCloudPhoneDetail(ShowCloudPhoneDetailRequest request);

  /**
   * Lists cloud phone flavors one page at a time, optionally only available or offline ones.
   *
   * @param request the ListCloudPhoneModels parameters
   * @return the parsed ListCloudPhoneModels answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0506.html">ListCloudPhoneModels in Huawei's API reference</a>
   */
  ListCloudPhoneModelsResponse listCloudPhoneModels(ListCloudPhoneModelsRequest request);

  /**
   * Lists cloud phone flavors one page at a time, optionally only available or offline ones. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0506.html">ListCloudPhoneModels in Huawei's API reference</a>
   */
  Paged<CloudPhoneModel> listCloudPhoneModelsPaged(ListCloudPhoneModelsRequest request);

  /**
   * Lists the images cloud phones of this project can run.
   *
   * @param request the ListCloudPhoneImages parameters
   * @return the parsed ListCloudPhoneImages answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0519.html">ListCloudPhoneImages in Huawei's API reference</a>
   */
  ListCloudPhoneImagesResponse listCloudPhoneImages(ListCloudPhoneImagesRequest request);

  /**
   * Resets cloud phones to factory settings, optionally onto another image; starts one job per phone.
   *
   * @param request the ResetCloudPhone parameters
   * @return the parsed ResetCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0514.html">ResetCloudPhone in Huawei's API reference</a>
   */
  ResetCloudPhoneResponse resetCloudPhone(ResetCloudPhoneRequest request);

  /**
   * Restarts cloud phones, or starts stopped ones, optionally onto another image; starts one job per phone.
   *
   * @param request the RestartCloudPhone parameters
   * @return the parsed RestartCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0515.html">RestartCloudPhone in Huawei's API reference</a>
   */
  RestartCloudPhoneResponse restartCloudPhone(RestartCloudPhoneRequest request);

  /**
   * Powers off cloud phones; starts one job per phone.
   *
   * @param request the StopCloudPhone parameters
   * @return the parsed StopCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0516.html">StopCloudPhone in Huawei's API reference</a>
   */
  StopCloudPhoneResponse stopCloudPhone(StopCloudPhoneRequest request);

  /**
   * Renames one cloud phone.
   *
   * @param request the UpdatePhoneName parameters
   * @return the parsed UpdatePhoneName answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0508.html">UpdatePhoneName in Huawei's API reference</a>
   */
  UpdatePhoneNameResponse updatePhoneName(UpdatePhoneNameRequest request);

  /**
   * Sets properties of cloud phones, some of which take effect only after a restart; starts one job per phone.
   *
   * @param request the UpdateCloudPhoneProperty parameters
   * @return the parsed UpdateCloudPhoneProperty answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0536.html">UpdateCloudPhoneProperty in Huawei's API reference</a>
   */
  UpdateCloudPhonePropertyResponse updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest request);

  /**
   * Exports directories of cloud phones to OBS objects; starts one job per phone.
   *
   * @param request the BatchExportCloudPhoneData parameters
   * @return the parsed BatchExportCloudPhoneData answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0538.html">BatchExportCloudPhoneData in Huawei's API reference</a>
   */
  BatchExportCloudPhoneDataResponse batchExportCloudPhoneData(BatchExportCloudPhoneDataRequest request);

  /**
   * Restores data exported to OBS onto cloud phones; starts one job per phone.
   *
   * @param request the BatchImportCloudPhoneData parameters
   * @return the parsed BatchImportCloudPhoneData answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0539.html">BatchImportCloudPhoneData in Huawei's API reference</a>
   */
  BatchImportCloudPhoneDataResponse batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest request);

  /**
   * Moves whole stopped cloud phones, system and data disks, onto target phones; starts one job per pair.
   *
   * @param request the BatchMigrateCloudPhone parameters
   * @return the parsed BatchMigrateCloudPhone answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0548.html">BatchMigrateCloudPhone in Huawei's API reference</a>
   * @deprecated removed from Huawei's official SDK in 3.1.60; kept because the documented API still accepts it
   */
  @Deprecated
  BatchMigrateCloudPhoneResponse batchMigrateCloudPhone(BatchMigrateCloudPhoneRequest request);

  /**
   * Routes the traffic of up to 100 cloud phones directly or through the encoding container; starts one job per phone.
   *
   * @param request the ImportTraffic parameters
   * @return the parsed ImportTraffic answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0549.html">ImportTraffic in Huawei's API reference</a>
   */
  ImportTrafficResponse importTraffic(ImportTrafficRequest request);

  /**
   * Reads the status, times, error and output of one asynchronous task.
   *
   * @param request the ShowJob parameters
   * @return the parsed ShowJob answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0521.html">ShowJob in Huawei's API reference</a>
   */
  ShowJobResponse showJob(ShowJobRequest request);

  /**
   * Lists the tasks started by one request id, or by up to 20 request ids, one page at a time.
   *
   * @param request the ListJobs parameters
   * @return the parsed ListJobs answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0522.html">ListJobs in Huawei's API reference</a>
   */
  ListJobsResponse listJobs(ListJobsRequest request);

  /**
   * Lists the tasks started by one request id, or by up to 20 request ids, one page at a time. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0522.html">ListJobs in Huawei's API reference</a>
   */
  Paged<Job> listJobsPaged(ListJobsRequest request);

  /**
   * Changes the key pair used to connect to the phones of each given server, one task per server.
   *
   * @param request the UpdateKeypair parameters
   * @return the parsed UpdateKeypair answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0524.html">UpdateKeypair in Huawei's API reference</a>
   */
  UpdateKeypairResponse updateKeypair(UpdateKeypairRequest request);

  /**
   * Lists encoding servers with their access ports, one page at a time.
   *
   * @param request the ListEncodeServers parameters
   * @return the parsed ListEncodeServers answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0526.html">ListEncodeServers in Huawei's API reference</a>
   */
  ListEncodeServersResponse listEncodeServers(ListEncodeServersRequest request);

  /**
   * Lists encoding servers with their access ports, one page at a time. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0526.html">ListEncodeServers in Huawei's API reference</a>
   */
  Paged<EncodeServer> listEncodeServersPaged(ListEncodeServersRequest request);

  /**
   * Restarts encoding servers in one batch, one task per encoding server.
   *
   * @param request the RestartEncodeServer parameters
   * @return the parsed RestartEncodeServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0527.html">RestartEncodeServer in Huawei's API reference</a>
   */
  RestartEncodeServerResponse restartEncodeServer(RestartEncodeServerRequest request);

  /**
   * Pushes a .tar file from OBS to phones, unpacked into their root directory, one task per phone.
   *
   * @param request the PushFile parameters
   * @return the parsed PushFile answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0529.html">PushFile in Huawei's API reference</a>
   */
  PushFileResponse pushFile(PushFileRequest request);

  /**
   * Installs an APK, or the split APKs of one app, from OBS on phones, one task per phone.
   *
   * @param request the InstallApk parameters
   * @return the parsed InstallApk answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0530.html">InstallApk in Huawei's API reference</a>
   */
  InstallApkResponse installApk(InstallApkRequest request);

  /**
   * Uninstalls an app by package name from phones, one task per phone.
   *
   * @param request the UninstallApk parameters
   * @return the parsed UninstallApk answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0531.html">UninstallApk in Huawei's API reference</a>
   */
  UninstallApkResponse uninstallApk(UninstallApkRequest request);

  /**
   * Starts an ADB shell command on phones asynchronously, one task per phone.
   *
   * @param request the RunShellCommand parameters
   * @return the parsed RunShellCommand answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0532.html">RunShellCommand in Huawei's API reference</a>
   */
  RunShellCommandResponse runShellCommand(RunShellCommandRequest request);

  /**
   * Runs an ADB shell command on phones and waits for each phone's output (at most 6 calls a minute).
   *
   * @param request the RunSyncCommand parameters
   * @return the parsed RunSyncCommand answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0537.html">RunSyncCommand in Huawei's API reference</a>
   */
  RunSyncCommandResponse runSyncCommand(RunSyncCommandRequest request);

  /**
   * Shares a custom image with another account's project in the same region.
   *
   * @param request the AddImageMember parameters
   * @return the parsed AddImageMember answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0561.html">AddImageMember in Huawei's API reference</a>
   */
  AddImageMemberResponse addImageMember(AddImageMemberRequest request);

  /**
   * Adds tags to a cloud phone server.
   *
   * @param request the BatchCreateTags parameters
   * @return the parsed BatchCreateTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0553.html">BatchCreateTags in Huawei's API reference</a>
   */
  BatchCreateTagsResponse batchCreateTags(BatchCreateTagsRequest request);

  /**
   * Removes tags from a cloud phone server.
   *
   * @param request the BatchDeleteTags parameters
   * @return the parsed BatchDeleteTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0554.html">BatchDeleteTags in Huawei's API reference</a>
   */
  BatchDeleteTagsResponse batchDeleteTags(BatchDeleteTagsRequest request);

  /**
   * Issues connection details and signed session tickets for up to 10 phones, with an error for each phone that cannot be reached.
   *
   * @param request the BatchShowPhoneConnectInfos parameters
   * @return the parsed BatchShowPhoneConnectInfos answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0564.html">BatchShowPhoneConnectInfos in Huawei's API reference</a>
   */
  BatchShowPhoneConnectInfosResponse batchShowPhoneConnectInfos(BatchShowPhoneConnectInfosRequest request);

  /**
   * Swaps a cloud phone server for a new one with the same name, id and billing; its phones are recreated without their data.
   *
   * @param request the ChangeCloudPhoneServer parameters
   * @return the parsed ChangeCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/ChangeCloudPhoneServer.html">ChangeCloudPhoneServer in Huawei's API reference</a>
   */
  ChangeCloudPhoneServerResponse changeCloudPhoneServer(ChangeCloudPhoneServerRequest request);

  /**
   * Orders up to 10 bare cloud phone servers that carry a server image but no phones.
   *
   * @param request the CreateCloudPhoneSingleServer parameters
   * @return the parsed CreateCloudPhoneSingleServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/CreateCloudPhoneSingleServer.html">CreateCloudPhoneSingleServer in Huawei's API reference</a>
   */
  CreateCloudPhoneSingleServerResponse createCloudPhoneSingleServer(CreateCloudPhoneSingleServerRequest request);

  /**
   * Releases cloud phone servers and returns the job doing it.
   *
   * @param request the DeleteCloudPhoneServer parameters
   * @return the parsed DeleteCloudPhoneServer answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">DeleteCloudPhoneServer in Huawei's API reference</a>
   */
  DeleteCloudPhoneServerResponse deleteCloudPhoneServer(DeleteCloudPhoneServerRequest request);

  /**
   * Deletes a custom image.
   *
   * @param request the DeleteImage parameters
   * @return the parsed DeleteImage answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0560.html">DeleteImage in Huawei's API reference</a>
   */
  DeleteImageResponse deleteImage(DeleteImageRequest request);

  /**
   * Stops sharing a custom image with one project.
   *
   * @param request the DeleteImageMember parameters
   * @return the parsed DeleteImageMember answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0563.html">DeleteImageMember in Huawei's API reference</a>
   */
  DeleteImageMemberResponse deleteImageMember(DeleteImageMemberRequest request);

  /**
   * Grows the data disks of cloud phones, starting one job per phone.
   *
   * @param request the ExpandPhoneDataVolumeSize parameters
   * @return the parsed ExpandPhoneDataVolumeSize answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/ExpandPhoneDataVolumeSize.html">ExpandPhoneDataVolumeSize in Huawei's API reference</a>
   */
  ExpandPhoneDataVolumeSizeResponse expandPhoneDataVolumeSize(ExpandPhoneDataVolumeSizeRequest request);

  /**
   * Lists the projects a custom image is shared with.
   *
   * @param request the ListImageMembers parameters
   * @return the parsed ListImageMembers answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0562.html">ListImageMembers in Huawei's API reference</a>
   */
  ListImageMembersResponse listImageMembers(ListImageMembersRequest request);

  /**
   * Lists custom images, private or shared with you, one page at a time.
   *
   * @param request the ListImages parameters
   * @return the parsed ListImages answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0559.html">ListImages in Huawei's API reference</a>
   */
  ListImagesResponse listImages(ListImagesRequest request);

  /**
   * Lists custom images, private or shared with you, one page at a time. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0559.html">ListImages in Huawei's API reference</a>
   */
  Paged<CustomImage> listImagesPaged(ListImagesRequest request);

  /**
   * Lists the tag keys and values used on cloud phone servers in the project.
   *
   * @param request the ListProjectTags parameters
   * @return the parsed ListProjectTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0557.html">ListProjectTags in Huawei's API reference</a>
   */
  ListProjectTagsResponse listProjectTags(ListProjectTagsRequest request);

  /**
   * Lists the tag keys and values used on cloud phone servers in the project. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0557.html">ListProjectTags in Huawei's API reference</a>
   */
  Paged<ProjectTag> listProjectTagsPaged(ListProjectTagsRequest request);

  /**
   * Finds cloud phone servers by tag or name, one page at a time, or counts them.
   *
   * @param request the ListResourceInstances parameters
   * @return the parsed ListResourceInstances answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0555.html">ListResourceInstances in Huawei's API reference</a>
   */
  ListResourceInstancesResponse listResourceInstances(ListResourceInstancesRequest request);

  /**
   * Finds cloud phone servers by tag or name, one page at a time, or counts them. As a lazy listing that fetches pages of at most 100 on demand.
   *
   * @param request the filters; its offset is where the listing starts and its limit the page size
   * @return the items of every page, fetched as they are read
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0555.html">ListResourceInstances in Huawei's API reference</a>
   */
  Paged<TaggedResource> listResourceInstancesPaged(ListResourceInstancesRequest request);

  /**
   * Lists the tags on one cloud phone server.
   *
   * @param request the ListResourceTags parameters
   * @return the parsed ListResourceTags answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0556.html">ListResourceTags in Huawei's API reference</a>
   */
  ListResourceTagsResponse listResourceTags(ListResourceTagsRequest request);

  /**
   * Accepts or rejects an image another account shared with this project.
   *
   * @param request the UpdateImageMember parameters
   * @return the parsed UpdateImageMember answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0564_0.html">UpdateImageMember in Huawei's API reference</a>
   */
  UpdateImageMemberResponse updateImageMember(UpdateImageMemberRequest request);

  /**
   * Mounts a shared SFS Turbo file system on up to 20 servers, starting one job per server.
   *
   * @param request the AttachShareFilesystem parameters
   * @return the parsed AttachShareFilesystem answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">AttachShareFilesystem in Huawei's API reference</a>
   */
  AttachShareFilesystemResponse attachShareFilesystem(AttachShareFilesystemRequest request);

  /**
   * Unmounts a shared SFS Turbo file system from up to 20 servers, starting one job per server.
   *
   * @param request the DetachShareFilesystem parameters
   * @return the parsed DetachShareFilesystem answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">DetachShareFilesystem in Huawei's API reference</a>
   */
  DetachShareFilesystemResponse detachShareFilesystem(DetachShareFilesystemRequest request);

  /**
   * Lists the applications and versions in a server's shared application store, one marker page at a time.
   *
   * @param request the ListShareAppsSnapshot parameters
   * @return the parsed ListShareAppsSnapshot answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_02_0001.html">ListShareAppsSnapshot in Huawei's API reference</a>
   */
  ListShareAppsSnapshotResponse listShareAppsSnapshot(ListShareAppsSnapshotRequest request);

  /**
   * Lists the server flavors the account may buy in each availability zone and whether each is in stock.
   *
   * @param request the ListCloudPhoneServerModelOfferings parameters
   * @return the parsed ListCloudPhoneServerModelOfferings answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0505.html">ListCloudPhoneServerModelOfferings in Huawei's API reference</a>
   */
  ListCloudPhoneServerModelOfferingsResponse listCloudPhoneServerModelOfferings(ListCloudPhoneServerModelOfferingsRequest request);

  /**
   * Lists planned maintenance events on the account's servers, one marker page at a time.
   *
   * @param request the ListScheduledEvents parameters
   * @return the parsed ListScheduledEvents answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">ListScheduledEvents in Huawei's API reference</a>
   */
  ListScheduledEventsResponse listScheduledEvents(ListScheduledEventsRequest request);

  /**
   * Authorises a scheduled maintenance or redeployment event, now or at a chosen time.
   *
   * @param request the AuthorizeScheduledEvent parameters
   * @return the parsed AuthorizeScheduledEvent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">AuthorizeScheduledEvent in Huawei's API reference</a>
   */
  AuthorizeScheduledEventResponse authorizeScheduledEvent(AuthorizeScheduledEventRequest request);

  /**
   * Moves the planned start of a scheduled event.
   *
   * @param request the UpdateScheduledEvent parameters
   * @return the parsed UpdateScheduledEvent answer
   * @throws io.cloudphone.core.CloudPhoneServiceException when Huawei refuses the call (typed subclasses for not found, throttling, ...)
   * @see <a href="https://support.huaweicloud.com/intl/en-us/api-cph/cph_api_0540.html">UpdateScheduledEvent in Huawei's API reference</a>
   */
  UpdateScheduledEventResponse updateScheduledEvent(UpdateScheduledEventRequest request);
}
