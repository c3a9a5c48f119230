package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cloudphone.testkit.internal.FakeShell;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ADB commands (API reference §5.4): the {@code phones/commands} family (push, install, uninstall, shell), told
 * apart by the body's {@code command} as CPS does, and {@code phones/sync-commands}. Shell commands run in
 * {@link FakeShell}; the fault plan's failing phones get failed jobs.
 */
final class CommandHandlers {
  private static final Pattern CONTENT = Pattern.compile("[A-Za-z0-9_./: -]+");
  private static final int MAX_CONTENT_BYTES = 1024;
  private static final String COMMANDS = V1 + "/phones/commands";

  private final CphState state;
  private final CphBatch batch;

  CommandHandlers(CphState state, CphBatch batch) {
    this.state = state;
    this.batch = batch;
  }

  void register(CphRoutes routes) {
    routes.addWhen("PushFile", "POST", COMMANDS, "command", "push", r -> command(r, "push"))
        .addWhen("InstallApk", "POST", COMMANDS, "command", "install", r -> command(r, "install"))
        .addWhen("InstallApk", "POST", COMMANDS, "command", "install-multiple", r -> command(r, "install-multiple"))
        .addWhen("UninstallApk", "POST", COMMANDS, "command", "uninstall", r -> command(r, "uninstall"))
        .addWhen("RunShellCommand", "POST", COMMANDS, "command", "shell", r -> command(r, "shell"))
        // Any other command on the shared path: CPS's own answer for an unknown command.
        .add("RunCommand", "POST", COMMANDS, r -> {
          throw CphError.badRequest("CPS.0117", "Parameter: command is invalid.");
        })
        .add("RunSyncCommand", "POST", V1 + "/phones/sync-commands", this::sync);
  }

  /** The {@code /phones/commands} family: one job per target phone; the phone must run. */
  private CphOutcome command(CphRequest request, String command) {
    String content = checkedContent(request, command);
    return batch.phones(request, jobs -> targetIds(request, jobs), true, (item, phone, failingPhone) -> {
      boolean fails = failingPhone;
      String output = null;
      if (command.equals("shell")) {
        FakeShell.Result result = FakeShell.run(content, phone.name, CphJson.PHONE_MODEL, request.now);
        fails |= !result.succeeded();
        output = fails && result.succeeded() ? "" : result.output();
      }
      item.put("job_id", state.startJob(request.requestId, CphJob.Kind.COMMAND, phone.id, phone.serverId,
          request.now, fails, output, "CPS.0191", "Run command failed.").id);
    });
  }

  /** RunSyncCommand: a shell command whose results come back at once, finished. */
  private CphOutcome sync(CphRequest request) {
    if (!"shell".equals(request.text("command"))) {
      throw CphError.badRequest("CPS.0117", "Parameter: command is invalid.");
    }
    String content = checkedContent(request, "shell");
    return batch.phones(request, jobs -> targetIds(request, jobs), true, (item, phone, failingPhone) -> {
      FakeShell.Result result = FakeShell.run(content, phone.name, CphJson.PHONE_MODEL, request.now);
      CphJob job = state.finishedJob(request.requestId, phone.id, phone.serverId, request.now,
          failingPhone || !result.succeeded(), failingPhone ? "" : result.output(), "CPS.0191",
          "Run command failed.");
      item.setAll(CphJson.job(job, request.now));
      item.remove(List.of("server_id", "node_id", "begin_time", "end_time"));
    });
  }

  private static String checkedContent(CphRequest request, String command) {
    String content = request.text("content");
    if (content.isBlank() || content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES
        || !CONTENT.matcher(content).matches()) {
      throw CphError.badRequest("CPS.0118", "Parameter: content is invalid.");
    }
    boolean fits = switch (command) {
      case "push" -> content.matches("obs://\\S+\\.tar");
      case "install", "install-multiple" -> content.matches("(-[a-z] )*obs://\\S+\\.apk( obs://\\S+\\.apk)*");
      case "uninstall" -> content.matches("(-k )?[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");
      default -> true;
    };
    if (!fits) {
      throw CphError.badRequest("CPS.0118", "Parameter: content is invalid.");
    }
    return content;
  }

  /**
   * The phones a command runs on: {@code phone_ids}, else every phone of {@code server_ids} (unknown servers
   * get their own error item).
   */
  private List<String> targetIds(CphRequest request, ArrayNode jobs) {
    List<String> phoneIds = request.strings("phone_ids");
    if (!phoneIds.isEmpty()) {
      return phoneIds;
    }
    List<String> serverIds = request.strings("server_ids");
    if (serverIds.isEmpty()) {
      throw CphError.badRequest("CPS.0081", "Parameter: phone_ids and server_ids are both empty.");
    }
    List<String> ids = new ArrayList<>();
    for (String serverId : serverIds) {
      if (!state.servers.containsKey(serverId)) {
        CphOutcome.itemError(jobs.addObject().put("server_id", serverId), CphBatch.serverNotFound());
      } else {
        state.phonesOn(serverId).forEach(phone -> ids.add(phone.id));
      }
    }
    return ids;
  }
}
