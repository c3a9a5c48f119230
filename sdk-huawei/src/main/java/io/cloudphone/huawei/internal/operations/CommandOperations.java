package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.InstallApkRequest;
import io.cloudphone.huawei.model.InstallApkResponse;
import io.cloudphone.huawei.model.PushFileRequest;
import io.cloudphone.huawei.model.PushFileResponse;
import io.cloudphone.huawei.model.RunShellCommandRequest;
import io.cloudphone.huawei.model.RunShellCommandResponse;
import io.cloudphone.huawei.model.RunSyncCommandRequest;
import io.cloudphone.huawei.model.RunSyncCommandResponse;
import io.cloudphone.huawei.model.UninstallApkRequest;
import io.cloudphone.huawei.model.UninstallApkResponse;

/**
 * ADB command operations (API reference section 5.7), declared as data. Four of them share
 * {@code POST /phones/commands} and differ only by the body field {@code command}, which the SDK fills in.
 */
public final class CommandOperations {
  private CommandOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";
  private static final String COMMANDS = "/v1/{project_id}/cloud-phone/phones/commands";

  /** PushFile: copies an unpacked .tar from OBS onto the phones ({@code command=push}). */
  public static final Operation<PushFileRequest, PushFileResponse> PUSH_FILE =
      Operation.builder("PushFile", POST, COMMANDS, PushFileRequest.class, PushFileResponse.class)
          .fixed("command", "push")
          .docUrl(DOCS + "cph_api_0529.html")
          .build();

  /**
   * InstallApk: installs APKs from OBS. No fixed discriminator here: the request derives {@code command}
   * ({@code install} or {@code install-multiple}) from the number of APKs in {@code content}.
   */
  public static final Operation<InstallApkRequest, InstallApkResponse> INSTALL_APK =
      Operation.builder("InstallApk", POST, COMMANDS, InstallApkRequest.class, InstallApkResponse.class)
          .docUrl(DOCS + "cph_api_0530.html")
          .build();

  /** UninstallApk: removes an app by package name ({@code command=uninstall}). */
  public static final Operation<UninstallApkRequest, UninstallApkResponse> UNINSTALL_APK =
      Operation.builder("UninstallApk", POST, COMMANDS, UninstallApkRequest.class, UninstallApkResponse.class)
          .fixed("command", "uninstall")
          .docUrl(DOCS + "cph_api_0531.html")
          .build();

  /** RunShellCommand: runs a shell command asynchronously ({@code command=shell}). */
  public static final Operation<RunShellCommandRequest, RunShellCommandResponse> RUN_SHELL_COMMAND =
      Operation.builder("RunShellCommand", POST, COMMANDS, RunShellCommandRequest.class, RunShellCommandResponse.class)
          .fixed("command", "shell")
          .docUrl(DOCS + "cph_api_0532.html")
          .build();

  /** RunSyncCommand: runs a shell command and answers with its output ({@code command=shell}). */
  public static final Operation<RunSyncCommandRequest, RunSyncCommandResponse> RUN_SYNC_COMMAND =
      Operation.builder("RunSyncCommand", POST, "/v1/{project_id}/cloud-phone/phones/sync-commands",
              RunSyncCommandRequest.class, RunSyncCommandResponse.class)
          .fixed("command", "shell")
          .docUrl(DOCS + "cph_api_0537.html")
          .build();
}
