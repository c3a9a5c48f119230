package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.huawei.model.EncodeServer;
import io.cloudphone.huawei.model.EncodeServerAccessInfo;
import io.cloudphone.huawei.model.InstallApkRequest;
import io.cloudphone.huawei.model.InstallApkResponse;
import io.cloudphone.huawei.model.Job;
import io.cloudphone.huawei.model.ListEncodeServersRequest;
import io.cloudphone.huawei.model.ListEncodeServersResponse;
import io.cloudphone.huawei.model.ListJobsRequest;
import io.cloudphone.huawei.model.ListJobsResponse;
import io.cloudphone.huawei.model.PushFileRequest;
import io.cloudphone.huawei.model.PushFileResponse;
import io.cloudphone.huawei.model.RestartEncodeServerRequest;
import io.cloudphone.huawei.model.RestartEncodeServerResponse;
import io.cloudphone.huawei.model.RunShellCommandRequest;
import io.cloudphone.huawei.model.RunShellCommandResponse;
import io.cloudphone.huawei.model.RunSyncCommandRequest;
import io.cloudphone.huawei.model.RunSyncCommandResponse;
import io.cloudphone.huawei.model.ServerKeypair;
import io.cloudphone.huawei.model.ShowJobRequest;
import io.cloudphone.huawei.model.ShowJobResponse;
import io.cloudphone.huawei.model.SubmittedJob;
import io.cloudphone.huawei.model.UninstallApkRequest;
import io.cloudphone.huawei.model.UninstallApkResponse;
import io.cloudphone.huawei.model.UpdateKeypairRequest;
import io.cloudphone.huawei.model.UpdateKeypairResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire tests of sections 5.4 to 5.7: jobs, key pairs, encoding servers and ADB commands.
 *
 * <p>Fixture quirks repaired from the seed's examples: {@code ListEncodeServers} lacked the {@code ]} closing
 * {@code encode_servers} and its encoding server id had 33 characters (32 documented);
 * {@code RestartEncodeServer} answered with a 31-character id for the 32-character id it was sent;
 * {@code ListJobs} wrote the error code {@code CPS0005} without the dot every Huawei error code has
 * ({@code CPS.0005}); {@code RunSyncCommand} held the placeholder output {@code "xxxxx"}.
 */
class CommandOperationsTest extends HuaweiWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PHONE_1 = "1234567b8bab40ffb711234cb80d0234";
  private static final String PHONE_2 = "1678567b8bab40f93711234cb80d0764";
  private static final String COMMANDS_PATH = "/v1/" + PROJECT_ID + "/cloud-phone/phones/commands";

  // --- 5.4 jobs ---------------------------------------------------------------------------------------------

  @Test
  void showJob_finishedJob_getsJobByIdAndReadsNullErrorsAsAbsent() {
    enqueueFixture("ShowJob");

    ShowJobResponse job = client.showJob(ShowJobRequest.builder().jobId("6837531fd3f54550927b930180a706bf").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/jobs/6837531fd3f54550927b930180a706bf");
    assertThat(sent.encodedQuery()).isNullOrEmpty();
    assertThat(sent.bodyText()).isEmpty();
    assertThat(job.status()).contains(2);
    assertThat(job.beginTime()).contains(Instant.parse("2019-04-26T07:00:00Z"));
    assertThat(job.endTime()).contains(Instant.parse("2019-04-26T07:00:06Z"));
    // The seed sends error_code, error_msg and execute_msg as JSON null on success.
    assertThat(job.errorCode()).isEmpty();
    assertThat(job.executeMsg()).isEmpty();
    assertThat(job.hasError()).isFalse();
  }

  @Test
  void listJobs_oneRequestId_sendsRequestIdAndParsesPerJobErrors() {
    enqueueFixture("ListJobs");

    ListJobsResponse response = client.listJobs(
        ListJobsRequest.builder().requestId("6a63a18b8bab40ffb71ebd9cb80d0085").limit(50).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/jobs");
    assertThat(sent.queryNames()).containsExactlyInAnyOrder("request_id", "limit");
    assertThat(sent.query("request_id")).isEqualTo("6a63a18b8bab40ffb71ebd9cb80d0085");
    assertThat(sent.query("limit")).isEqualTo("50");
    assertThat(response.jobs()).hasSize(2);
    Job failed = response.jobs().get(0);
    assertThat(failed.status()).contains(-1);
    assertThat(failed.hasError()).isTrue();
    assertThat(failed.errorCode()).contains("CPS.0005"); // seed: "CPS0005", repaired
    assertThat(failed.errorMsg()).contains("Phone not found.");
    Job succeeded = response.jobs().get(1);
    assertThat(succeeded.hasError()).isFalse();
    assertThat(succeeded.phoneId()).contains("abc4567b8bab40ffb711234cb80d0abc");
    assertThat(succeeded.endTime()).contains(Instant.parse("2017-10-25T00:00:32Z"));
  }

  @Test
  void listJobs_twentyRequestIds_sendsOneCommaSeparatedRequestIds() {
    enqueueFixture("ListJobs");
    List<String> ids = IntStream.rangeClosed(1, 20).mapToObj(i -> "req" + i).toList();

    client.listJobs(ListJobsRequest.builder().requestIds(ids).build());

    SentRequest sent = takeRequest();
    assertThat(sent.queryNames()).containsExactly("request_ids");
    assertThat(sent.queryValues("request_ids")).containsExactly(String.join(",", ids));
  }

  // --- 5.5 key pairs ----------------------------------------------------------------------------------------

  @Test
  void updateKeypair_twoServers_putsServersAndParsesOneJobPerServer() {
    enqueueFixture("UpdateKeypair");

    UpdateKeypairResponse response = client.updateKeypair(UpdateKeypairRequest.builder()
        .addServers(keypair("ae4d231e44d2a4ccf612660a473fe1e3", "mykeypair"))
        .addServers(keypair("2347275010d3440d963d3fcb8931ff55", "mykeypair"))
        .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/servers/open-access");
    assertThat(sent.json()).isEqualTo(json("""
        {"servers": [
          {"server_id": "ae4d231e44d2a4ccf612660a473fe1e3", "keypair_name": "mykeypair"},
          {"server_id": "2347275010d3440d963d3fcb8931ff55", "keypair_name": "mykeypair"}]}"""));
    assertThat(response.requestId()).contains("6837531fd3f54550927b930180a706bf");
    assertThat(response.jobs()).extracting(job -> job.serverId().orElseThrow())
        .containsExactly("ae4d231e44d2a4ccf612660a473fe1e3", "2347275010d3440d963d3fcb8931ff55");
    assertThat(response.jobs()).noneMatch(SubmittedJob::hasError);
  }

  // --- 5.6 encoding servers ---------------------------------------------------------------------------------

  @Test
  void listEncodeServers_filtered_sendsQueryAndParsesRepairedSeedExample() {
    enqueueFixture("ListEncodeServers");

    ListEncodeServersResponse response = client.listEncodeServers(ListEncodeServersRequest.builder()
        .offset(0).limit(100).type(0).status(1).serverId("26fef5ef8f484e5fbd3d3974134b8091").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/encode-servers");
    assertThat(sent.query("offset")).isEqualTo("0");
    assertThat(sent.query("limit")).isEqualTo("100");
    assertThat(sent.query("type")).isEqualTo("0");
    assertThat(sent.query("status")).isEqualTo("1");
    assertThat(sent.query("server_id")).isEqualTo("26fef5ef8f484e5fbd3d3974134b8091");
    assertThat(sent.bodyText()).isEmpty();
    EncodeServer encodeServer = response.encodeServers().get(0);
    assertThat(encodeServer.encodeServerId()).contains("00b00d1b35094f13b360cdfe15a9bfee");
    assertThat(encodeServer.keypairName()).contains("keyPair2");
    assertThat(encodeServer.status()).contains(1);
    assertThat(encodeServer.accessInfos()).hasSize(4);
    EncodeServerAccessInfo first = encodeServer.accessInfos().get(0);
    assertThat(first.listenPort()).contains(6902);
    assertThat(first.publicIp()).contains("10.154.119.231");
    assertThat(first.type()).contains("port1");
    assertThat(response.requestId()).contains("4faba0b7f7cb4e829b18773718289b99");
  }

  @Test
  void restartEncodeServer_twoIds_postsIdsAndParsesOneJobPerEncodeServer() {
    enqueueFixture("RestartEncodeServer");

    RestartEncodeServerResponse response = client.restartEncodeServer(RestartEncodeServerRequest.builder()
        .addEncodeServerIds("d5cfa92995da40168c39b38d2aa478b3", "00b00d1b35094f13b360cdfe15a9bfee").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/encode-servers/batch-restart");
    assertThat(sent.json()).isEqualTo(json("""
        {"encode_server_ids": ["d5cfa92995da40168c39b38d2aa478b3", "00b00d1b35094f13b360cdfe15a9bfee"]}"""));
    assertThat(response.jobs()).extracting(job -> job.encodeServerId().orElseThrow())
        .containsExactly("d5cfa92995da40168c39b38d2aa478b3", "00b00d1b35094f13b360cdfe15a9bfee");
    assertThat(response.jobs().get(0).jobId()).contains("e9d7b1a2572c4f2c9bf056a3d1b35e39");
  }

  @Test
  void restartEncodeServer_oneFails_reportsThatItemsError() {
    enqueueJson(200, """
        {"request_id": "r1", "jobs": [
          {"encode_server_id": "e1", "job_id": "j1"},
          {"encode_server_id": "e2", "error_code": "CPS.0015", "error_msg": "server_id not found."}]}""");

    RestartEncodeServerResponse response = client.restartEncodeServer(
        RestartEncodeServerRequest.builder().addEncodeServerIds("e1", "e2").build());

    takeRequest();
    assertThat(response.jobs().get(0).hasError()).isFalse();
    assertThat(response.jobs().get(1).hasError()).isTrue();
    assertThat(response.jobs().get(1).errorCode()).contains("CPS.0015");
    assertThat(response.jobs().get(1).jobId()).isEmpty();
  }

  // --- 5.7 ADB commands -------------------------------------------------------------------------------------

  @Test
  void pushFile_twoPhones_postsPushCommandWithoutServerIds() {
    enqueueFixture("PushFile");

    PushFileResponse response = client.pushFile(PushFileRequest.builder()
        .content("obs://push-bucket/my_apps/test.tar").addPhoneIds(PHONE_1, PHONE_2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(COMMANDS_PATH);
    assertThat(sent.json()).isEqualTo(json("""
        {"command": "push", "content": "obs://push-bucket/my_apps/test.tar",
         "phone_ids": ["1234567b8bab40ffb711234cb80d0234", "1678567b8bab40f93711234cb80d0764"]}"""));
    assertThat(phoneIds(response.jobs())).containsExactly(PHONE_1, PHONE_2);
    assertThat(response.jobs().get(1).jobId()).contains("1564567b8bab40f34711234cb80d5678");
  }

  @Test
  void pushFile_onePhoneFails_reportsThatPhonesError() {
    enqueueJson(200, """
        {"request_id": "r1", "jobs": [
          {"phone_id": "p1", "job_id": "j1", "error_code": "", "error_msg": ""},
          {"phone_id": "p2", "error_code": "CPS.0053", "error_msg": "No permission to request resources. Phone is frozen."}]}""");

    PushFileResponse response = client.pushFile(
        PushFileRequest.builder().content("obs://bucket/data.tar").addPhoneIds("p1", "p2").build());

    takeRequest();
    assertThat(response.jobs().get(0).hasError()).isFalse();
    assertThat(response.jobs().get(1).hasError()).isTrue();
    assertThat(response.jobs().get(1).errorMsg()).contains("No permission to request resources. Phone is frozen.");
  }

  @Test
  void installApk_oneApk_postsInstallCommand() {
    enqueueFixture("InstallApk");

    InstallApkResponse response = client.installApk(InstallApkRequest.builder()
        .content("-t -r obs://push-bucket/my_apps/test.apk").addPhoneIds(PHONE_1, PHONE_2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(COMMANDS_PATH);
    assertThat(sent.json()).isEqualTo(json("""
        {"command": "install", "content": "-t -r obs://push-bucket/my_apps/test.apk",
         "phone_ids": ["1234567b8bab40ffb711234cb80d0234", "1678567b8bab40f93711234cb80d0764"]}"""));
    assertThat(phoneIds(response.jobs())).containsExactly(PHONE_1, PHONE_2);
  }

  @Test
  void installApk_splitApks_postsInstallMultipleCommand() {
    enqueueFixture("InstallApk");
    String content = "-t -r obs://push-bucket/my_apps/test_part1.apk obs://push-bucket/my_apps/test_part_2.apk "
        + "obs://push-bucket/my_apps/test_part3.apk";

    client.installApk(InstallApkRequest.builder().content(content).addServerIds("server1").build());

    SentRequest sent = takeRequest();
    assertThat(sent.json().get("command").asText()).isEqualTo("install-multiple");
    assertThat(sent.json().get("content").asText()).isEqualTo(content);
    assertThat(sent.json().get("server_ids")).hasSize(1);
    assertThat(sent.json().has("phone_ids")).isFalse();
  }

  @Test
  void uninstallApk_packageName_postsUninstallCommand() {
    enqueueFixture("UninstallApk");

    UninstallApkResponse response = client.uninstallApk(UninstallApkRequest.builder()
        .content("com.myapp.test").addPhoneIds(PHONE_1, PHONE_2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(COMMANDS_PATH);
    assertThat(sent.json()).isEqualTo(json("""
        {"command": "uninstall", "content": "com.myapp.test",
         "phone_ids": ["1234567b8bab40ffb711234cb80d0234", "1678567b8bab40f93711234cb80d0764"]}"""));
    assertThat(phoneIds(response.jobs())).containsExactly(PHONE_1, PHONE_2);
  }

  @Test
  void runShellCommand_serverIds_postsShellCommand() {
    enqueueFixture("RunShellCommand");

    RunShellCommandResponse response = client.runShellCommand(RunShellCommandRequest.builder()
        .content("ls -l /system").addServerIds("server1", "server2").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(COMMANDS_PATH);
    assertThat(sent.json()).isEqualTo(json("""
        {"command": "shell", "content": "ls -l /system", "server_ids": ["server1", "server2"]}"""));
    assertThat(response.requestId()).contains("6837531fd3f54550927b930180a706bf");
    assertThat(response.jobs()).hasSize(2);
  }

  @Test
  void runSyncCommand_twoPhones_postsShellToSyncCommandsAndParsesOutputOfEachPhone() {
    enqueueFixture("RunSyncCommand");

    RunSyncCommandResponse response = client.runSyncCommand(RunSyncCommandRequest.builder()
        .content("ls -l /system").addPhoneIds(PHONE_1, PHONE_2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/phones/sync-commands");
    assertThat(sent.json()).isEqualTo(json("""
        {"command": "shell", "content": "ls -l /system",
         "phone_ids": ["1234567b8bab40ffb711234cb80d0234", "1678567b8bab40f93711234cb80d0764"]}"""));
    Job failed = response.jobs().get(0);
    assertThat(failed.status()).contains(-1);
    assertThat(failed.hasError()).isTrue();
    assertThat(failed.errorCode()).contains("CPS.0191");
    assertThat(failed.executeMsg()).contains("ls: cannot access '/system': No such file or directory");
    Job succeeded = response.jobs().get(1);
    assertThat(succeeded.status()).contains(2);
    assertThat(succeeded.hasError()).isFalse();
    assertThat(succeeded.executeMsg()).hasValueSatisfying(out -> assertThat(out).startsWith("total 24"));
  }

  // --- documented limits --------------------------------------------------------------------------------------

  static Stream<Arguments> violatedLimits() {
    String apk = "obs://bucket/app/part.apk";
    return Stream.of(
        invalid("ShowJob: blank job_id", "job_id",
            c -> c.showJob(ShowJobRequest.builder().jobId(" ").build())),
        invalid("ListJobs: neither request_id nor request_ids", "request_id",
            c -> c.listJobs(ListJobsRequest.builder().limit(10).build())),
        invalid("ListJobs: 21 request_ids", "request_ids",
            c -> c.listJobs(ListJobsRequest.builder()
                .requestIds(IntStream.rangeClosed(1, 21).mapToObj(i -> "r" + i).toList()).build())),
        invalid("ListJobs: a request id holding a comma", "request_ids",
            c -> c.listJobs(ListJobsRequest.builder().addRequestIds("r1,r2").build())),
        invalid("ListJobs: limit 101", "limit",
            c -> c.listJobs(ListJobsRequest.builder().requestId("r").limit(101).build())),
        invalid("ListJobs: limit 0", "limit",
            c -> c.listJobs(ListJobsRequest.builder().requestId("r").limit(0).build())),
        invalid("ListJobs: negative offset", "offset",
            c -> c.listJobs(ListJobsRequest.builder().requestId("r").offset(-1).build())),
        invalid("UpdateKeypair: no servers", "servers",
            c -> c.updateKeypair(UpdateKeypairRequest.builder().build())),
        invalid("UpdateKeypair: server_id of 33 bytes", "server_id",
            c -> c.updateKeypair(UpdateKeypairRequest.builder()
                .addServers(keypair("x".repeat(33), "mykeypair")).build())),
        invalid("UpdateKeypair: blank keypair_name", "keypair_name",
            c -> c.updateKeypair(UpdateKeypairRequest.builder().addServers(keypair("s1", "")).build())),
        invalid("ListEncodeServers: limit 101", "limit",
            c -> c.listEncodeServers(ListEncodeServersRequest.builder().limit(101).build())),
        invalid("ListEncodeServers: negative offset", "offset",
            c -> c.listEncodeServers(ListEncodeServersRequest.builder().offset(-1).build())),
        invalid("RestartEncodeServer: no ids", "encode_server_ids",
            c -> c.restartEncodeServer(RestartEncodeServerRequest.builder().build())),
        invalid("PushFile: not a .tar in OBS", "content",
            c -> c.pushFile(PushFileRequest.builder().content("obs://bucket/file.zip").addPhoneIds("p").build())),
        invalid("PushFile: content over 1,024 bytes", "content",
            c -> c.pushFile(PushFileRequest.builder()
                .content("obs://bucket/" + "a".repeat(1008) + ".tar").addPhoneIds("p").build())),
        invalid("PushFile: both phone_ids and server_ids", "phone_ids",
            c -> c.pushFile(PushFileRequest.builder()
                .content("obs://bucket/f.tar").addPhoneIds("p").addServerIds("s").build())),
        invalid("InstallApk: no obs:// address", "content",
            c -> c.installApk(InstallApkRequest.builder().content("-r com.example.app").addPhoneIds("p").build())),
        invalid("InstallApk: not an .apk", "content",
            c -> c.installApk(InstallApkRequest.builder().content("obs://bucket/app.tar").addPhoneIds("p").build())),
        invalid("InstallApk: 51 split APKs", "content",
            c -> c.installApk(InstallApkRequest.builder()
                .content(String.join(" ", Collections.nCopies(51, apk))).addPhoneIds("p").build())),
        invalid("InstallApk: one APK over 1,024 bytes", "content",
            c -> c.installApk(InstallApkRequest.builder()
                .content("obs://bucket/" + "a".repeat(1008) + ".apk").addPhoneIds("p").build())),
        invalid("InstallApk: split APKs over 8,100 bytes", "content",
            c -> c.installApk(InstallApkRequest.builder()
                .content(String.join(" ", Collections.nCopies(40, "obs://bucket/" + "a".repeat(200) + ".apk")))
                .addPhoneIds("p").build())),
        invalid("InstallApk: neither phone_ids nor server_ids", "phone_ids",
            c -> c.installApk(InstallApkRequest.builder().content(apk).build())),
        invalid("UninstallApk: character outside the documented set", "content",
            c -> c.uninstallApk(UninstallApkRequest.builder().content("com.app;reboot").addPhoneIds("p").build())),
        invalid("UninstallApk: blank content", "content",
            c -> c.uninstallApk(UninstallApkRequest.builder().content("  ").addPhoneIds("p").build())),
        invalid("RunShellCommand: content over 1,024 bytes", "content",
            c -> c.runShellCommand(RunShellCommandRequest.builder().content("a".repeat(1025)).addPhoneIds("p").build())),
        invalid("RunShellCommand: a pipe", "content",
            c -> c.runShellCommand(RunShellCommandRequest.builder()
                .content("pm list packages | grep x").addPhoneIds("p").build())),
        invalid("RunShellCommand: neither phone_ids nor server_ids", "server_ids",
            c -> c.runShellCommand(RunShellCommandRequest.builder().content("ls").build())),
        invalid("RunSyncCommand: a redirection", "content",
            c -> c.runSyncCommand(RunSyncCommandRequest.builder().content("echo 1 > /sdcard/x").addPhoneIds("p").build())),
        invalid("RunSyncCommand: multi-byte characters over 1,024 bytes", "content",
            c -> c.runSyncCommand(RunSyncCommandRequest.builder().content("é".repeat(513)).addPhoneIds("p").build())),
        invalid("RunSyncCommand: both phone_ids and server_ids", "server_ids",
            c -> c.runSyncCommand(RunSyncCommandRequest.builder()
                .content("ls").addPhoneIds("p").addServerIds("s").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violatedLimits")
  void anyOperation_documentedLimitViolated_throwsNamingFieldAndSendsNothing(
      Consumer<HuaweiCphClient> call, String field) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
    assertNothingSent();
  }

  @Test
  void anyCommand_contentAtTheLimit_isAccepted() {
    enqueueFixture("RunShellCommand");

    client.runShellCommand(RunShellCommandRequest.builder().content("a".repeat(1024)).addPhoneIds("p").build());

    assertThat(takeRequest().json().get("content").asText()).hasSize(1024);
  }

  private static Arguments invalid(String name, String field, Consumer<HuaweiCphClient> call) {
    return Arguments.of(named(name, call), field);
  }

  private static ServerKeypair keypair(String serverId, String keypairName) {
    return ServerKeypair.builder().serverId(serverId).keypairName(keypairName).build();
  }

  private static List<String> phoneIds(List<SubmittedJob> jobs) {
    return jobs.stream().map(job -> job.phoneId().orElseThrow()).collect(Collectors.toList());
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
