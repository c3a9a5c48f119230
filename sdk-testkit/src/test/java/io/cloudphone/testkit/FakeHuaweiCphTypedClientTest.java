package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.CloudPhone;
import io.cloudphone.huawei.model.CloudPhoneTarget;
import io.cloudphone.huawei.model.InstallApkRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServersRequest;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import io.cloudphone.huawei.model.ListJobsRequest;
import io.cloudphone.huawei.model.PushFileRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneResponse;
import io.cloudphone.huawei.model.RestartCloudPhoneServerRequest;
import io.cloudphone.huawei.model.RunShellCommandRequest;
import io.cloudphone.huawei.model.RunSyncCommandRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailRequest;
import io.cloudphone.huawei.model.ShowJobRequest;
import io.cloudphone.huawei.model.StopCloudPhoneRequest;
import io.cloudphone.huawei.model.UpdatePhoneNameRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FakeHuaweiCph driven through the real typed client, on manual virtual time. */
class FakeHuaweiCphTypedClientTest {
  private final FakeHuaweiCph fake = FakeHuaweiCph.start(
      Fleet.builder().servers(2).phonesPerServer(3).phoneStatuses(List.of(PhoneStatus.RUNNING, PhoneStatus.RUNNING,
          PhoneStatus.STOPPED)).build(), FaultPlan.none(), FakeTime.manual());
  private final HuaweiCphClient cph = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void listCloudPhones_pagesWithOffsetAndLimit_inFleetOrder() {
    ListCloudPhonesResponse first = cph.listCloudPhones(ListCloudPhonesRequest.builder().limit(4).build());
    ListCloudPhonesResponse second = cph.listCloudPhones(ListCloudPhonesRequest.builder().offset(4).limit(4).build());

    assertThat(first.count()).contains(6);
    assertThat(first.phones()).hasSize(4);
    assertThat(second.phones()).hasSize(2);
    assertThat(cph.listCloudPhonesPaged(ListCloudPhonesRequest.builder().limit(2).build()).stream()
        .map(phone -> phone.phoneId().orElseThrow())).containsExactlyElementsOf(fake.phoneIds());
    assertThat(first.phones().get(0).phoneName()).contains("test-phone-01-01");
  }

  @Test
  void listCloudPhones_filtersByServerStatusAndName() {
    String server = fake.serverIds().get(1);

    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().serverId(server).build()).phones())
        .allMatch(phone -> phone.serverId().orElseThrow().equals(server)).hasSize(3);
    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().status(8).build()).phones())
        .extracting(phone -> phone.phoneName().orElseThrow())
        .containsExactly("test-phone-01-03", "test-phone-02-03");
    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().phoneName("02-0").build()).phones()).hasSize(3);
  }

  @Test
  void showCloudPhoneDetail_unknownPhone_isNotFoundWithCpsCode() {
    assertThat(cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(fake.phoneIds().get(0))
        .build()).accessInfos()).hasSize(2);
    assertThatThrownBy(() -> cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder()
        .phoneId("0123456789abcdef0123456789abcdef").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("CPS.0005");
          assertThat(e.requestId()).isPresent();
        });
    assertThat(fake.requestLog().requests("ShowCloudPhoneDetail")).extracting(LoggedRequest::status)
        .containsExactly(200, 400);
  }

  @Test
  void servers_listAndDetail() {
    assertThat(cph.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().build()).servers())
        .extracting(server -> server.serverName().orElseThrow())
        .containsExactly("test-server-01", "test-server-02");
    assertThat(cph.showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest.builder()
        .serverId(fake.serverIds().get(0)).build()).status()).contains(5);
  }

  @Test
  void restartCloudPhone_startsJobsThatFinishOnFakeTime() {
    String phone = fake.phoneIds().get(0);
    RestartCloudPhoneResponse answer = cph.restartCloudPhone(RestartCloudPhoneRequest.builder()
        .addPhones(CloudPhoneTarget.builder().phoneId(phone).build())
        .addPhones(CloudPhoneTarget.builder().phoneId("0123456789abcdef0123456789abcdef").build()).build());
    String jobId = answer.jobs().get(0).jobId().orElseThrow();

    assertThat(answer.jobs().get(1).errorCode()).contains("CPS.0005");
    assertThat(cph.showJob(ShowJobRequest.builder().jobId(jobId).build()).status()).contains(1);
    assertThat(fake.phoneStatus(phone)).isEqualTo(PhoneStatus.RESTARTING);

    fake.time().advance(Duration.ofSeconds(3));

    assertThat(cph.showJob(ShowJobRequest.builder().jobId(jobId).build()).status()).contains(2);
    assertThat(fake.phoneStatus(phone)).isEqualTo(PhoneStatus.RUNNING);
    assertThat(cph.listJobs(ListJobsRequest.builder().requestId(answer.requestId().orElseThrow()).build()).jobs())
        .singleElement().satisfies(job -> assertThat(job.endTime()).isPresent());
  }

  @Test
  void stopCloudPhone_thenRestart_startsTheStoppedPhone() {
    String phone = fake.phoneIds().get(1);
    cph.stopCloudPhone(StopCloudPhoneRequest.builder().addPhoneIds(phone).build());
    fake.time().advance(Duration.ofSeconds(3));
    assertThat(fake.phoneStatus(phone)).isEqualTo(PhoneStatus.STOPPED);

    cph.restartCloudPhone(RestartCloudPhoneRequest.builder()
        .addPhones(CloudPhoneTarget.builder().phoneId(phone).build()).build());
    fake.time().advance(Duration.ofSeconds(3));

    assertThat(fake.phoneStatus(phone)).isEqualTo(PhoneStatus.RUNNING);
  }

  @Test
  void restartCloudPhoneServer_restartsEveryPhoneOnIt() {
    String server = fake.serverIds().get(0);
    cph.restartCloudPhoneServer(RestartCloudPhoneServerRequest.builder().addServerIds(server).build());

    List<CloudPhone> onServer = cph.listCloudPhones(ListCloudPhonesRequest.builder().serverId(server).build())
        .phones();
    assertThat(onServer).allSatisfy(phone -> assertThat(phone.status()).contains(4));
    fake.time().advance(Duration.ofSeconds(3));
    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().serverId(server).build()).phones())
        .allSatisfy(phone -> assertThat(phone.status()).contains(2));
  }

  @Test
  void runShellCommand_outputArrivesWithTheFinishedJob() {
    String phone = fake.phoneIds().get(0);
    String requestId = cph.runShellCommand(RunShellCommandRequest.builder().content("getprop ro.product.model")
        .addPhoneIds(phone).build()).requestId().orElseThrow();
    fake.time().advance(Duration.ofSeconds(3));

    assertThat(cph.listJobs(ListJobsRequest.builder().requestId(requestId).build()).jobs())
        .singleElement().satisfies(job -> {
          assertThat(job.status()).contains(2);
          assertThat(job.executeMsg()).contains("rx1.cp.c60.d10GPSSD.e1v1");
        });
    assertThat(fake.requestLog().count("RunShellCommand")).isEqualTo(1);
  }

  @Test
  void runSyncCommand_answersAtOnce_stoppedPhoneRefused() {
    List<String> phones = fake.phoneIds();
    var answer = cph.runSyncCommand(RunSyncCommandRequest.builder().content("echo hello")
        .addPhoneIds(phones.get(0), phones.get(2)).build());

    assertThat(answer.jobs().get(0).executeMsg()).contains("hello");
    assertThat(answer.jobs().get(0).status()).contains(2);
    assertThat(answer.jobs().get(1).errorCode()).contains("CPS.0141");
  }

  @Test
  void installAndPush_areJobs_loggedUnderTheirOperationNames() {
    String phone = fake.phoneIds().get(0);
    cph.installApk(InstallApkRequest.builder().content("obs://bucket/app.apk").addPhoneIds(phone).build());
    cph.pushFile(PushFileRequest.builder().content("obs://bucket/files.tar").addPhoneIds(phone).build());

    assertThat(fake.requestLog().requests().stream().map(LoggedRequest::operation)
        .collect(Collectors.toList())).containsExactly("InstallApk", "PushFile");
  }

  @Test
  void updatePhoneName_renames() {
    String phone = fake.phoneIds().get(0);
    cph.updatePhoneName(UpdatePhoneNameRequest.builder().phoneId(phone).phoneName("renamed-1").build());

    assertThat(cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phone).build()).phoneName())
        .contains("renamed-1");
  }
}
