package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateAppRequest;
import io.cloudphone.alibaba.model.CreateAppResponse;
import io.cloudphone.alibaba.model.DeleteAppsRequest;
import io.cloudphone.alibaba.model.DeleteAppsResponse;
import io.cloudphone.alibaba.model.DescribeAppsRequest;
import io.cloudphone.alibaba.model.DescribeAppsResponse;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.InstallAppResponse;
import io.cloudphone.alibaba.model.ModifyAppRequest;
import io.cloudphone.alibaba.model.ModifyAppResponse;
import io.cloudphone.alibaba.model.OperateAppRequest;
import io.cloudphone.alibaba.model.OperateAppResponse;
import io.cloudphone.alibaba.model.UninstallAppRequest;
import io.cloudphone.alibaba.model.UninstallAppResponse;
import io.cloudphone.core.internal.Operation;

/** App management operations of Alibaba Cloud Phone, declared as data. */
public final class AppOperations {
  private AppOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateApp: registers an app; its custom-app details go as one JSON string. */
  public static final Operation<CreateAppRequest, CreateAppResponse> CREATE_APP =
      Operation.builder("CreateApp", POST, "/", CreateAppRequest.class, CreateAppResponse.class)
          .jsonString("CustomAppInfo")
          .docUrl(DOCS + "createapp")
          .build();

  /** DeleteApps: deletes registered apps. */
  public static final Operation<DeleteAppsRequest, DeleteAppsResponse> DELETE_APPS =
      Operation.builder("DeleteApps", POST, "/", DeleteAppsRequest.class, DeleteAppsResponse.class)
          .docUrl(DOCS + "deleteapps")
          .build();

  /** DescribeApps: one page of registered apps, filtered. */
  public static final Operation<DescribeAppsRequest, DescribeAppsResponse> DESCRIBE_APPS =
      Operation.builder("DescribeApps", POST, "/", DescribeAppsRequest.class, DescribeAppsResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describeapps")
          .build();

  /** InstallApp: installs apps on instances or instance groups; asynchronous. */
  public static final Operation<InstallAppRequest, InstallAppResponse> INSTALL_APP =
      Operation.builder("InstallApp", POST, "/", InstallAppRequest.class, InstallAppResponse.class)
          .docUrl(DOCS + "installapp")
          .build();

  /** ModifyApp: changes an app's name, description or icon. */
  public static final Operation<ModifyAppRequest, ModifyAppResponse> MODIFY_APP =
      Operation.builder("ModifyApp", POST, "/", ModifyAppRequest.class, ModifyAppResponse.class)
          .docUrl(DOCS + "modifyapp")
          .build();

  /** OperateApp: starts, stops or restarts an app on instances; asynchronous. */
  public static final Operation<OperateAppRequest, OperateAppResponse> OPERATE_APP =
      Operation.builder("OperateApp", POST, "/", OperateAppRequest.class, OperateAppResponse.class)
          .docUrl(DOCS + "operateapp")
          .build();

  /** UninstallApp: uninstalls apps from instances or instance groups; asynchronous. */
  public static final Operation<UninstallAppRequest, UninstallAppResponse> UNINSTALL_APP =
      Operation.builder("UninstallApp", POST, "/", UninstallAppRequest.class, UninstallAppResponse.class)
          .docUrl(DOCS + "uninstallapp")
          .build();
}
