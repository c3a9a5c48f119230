package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FakeHuaweiCph driven through the neutral API on auto-advancing virtual time: waits pass at once. */
class FakeHuaweiCphNeutralTest {
  private final FakeHuaweiCph fake = FakeHuaweiCph.start(Fleet.builder().servers(3).phonesPerServer(40).build());
  private final CloudPhoneClient cloud = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void serversAndPhones_listLazilyAcrossPages() {
    assertThat(cloud.provider()).isEqualTo(Provider.HUAWEI);
    assertThat(cloud.servers().list(ServerFilter.all()).stream()).hasSize(3);
    assertThat(cloud.phones().list(PhoneFilter.all()).stream().map(Phone::id))
        .containsExactlyElementsOf(fake.phoneIds());
    assertThat(fake.requestLog().count("ListCloudPhones")).isEqualTo(2); // 120 phones, pages of 100
  }

  @Test
  void get_mapsThePhone() {
    Phone phone = cloud.phones().get(fake.phoneIds().get(41));

    assertThat(phone.name()).contains("test-phone-02-02");
    assertThat(phone.status()).isEqualTo(PhoneStatus.RUNNING);
    assertThat(phone.serverId()).contains(fake.serverIds().get(1));
  }

  @Test
  void bulkRestart_awaitedToCompletionOnVirtualTime() {
    Instant before = fake.time().now();

    BulkResult result = cloud.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(10));

    assertThat(result.succeeded()).hasSize(120);
    assertThat(fake.time().now()).isAfterOrEqualTo(before.plusSeconds(3));
    assertThat(fake.phoneIds()).allSatisfy(id -> assertThat(fake.phoneStatus(id)).isEqualTo(PhoneStatus.RUNNING));
    assertThat(fake.requestLog().count("RestartCloudPhone")).isEqualTo(2);
    assertThat(fake.requestLog().faults()).isEmpty();
  }

  @Test
  void bulkStop_leavesPhonesStopped_filterFindsThem() {
    List<String> some = fake.phoneIds().subList(0, 5);
    cloud.phones().stop(some).awaitCompletion(Duration.ofMinutes(10));

    assertThat(cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.STOPPED).build()).stream()
        .map(Phone::id)).containsExactlyElementsOf(some);
  }

  @Test
  void shellCommand_outputPerPhone() {
    List<String> some = fake.phoneIds().subList(0, 3);

    BulkResult result = cloud.phones().runShellCommand(some, "echo fake-output", io.cloudphone.core.bulk
        .BulkOptions.defaults()).awaitCompletion(Duration.ofMinutes(10));

    assertThat(result.items()).hasSize(3).allSatisfy(item -> {
      assertThat(item.outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
      assertThat(item.output()).contains("fake-output");
    });
  }

  @Test
  void unknownShellCommand_failsLikeThePhoneShell() {
    BulkResult result = cloud.phones().runShellCommand(fake.phoneIds().subList(0, 1), "frobnicate",
        io.cloudphone.core.bulk.BulkOptions.defaults()).awaitCompletion(Duration.ofMinutes(10));

    assertThat(result.failed()).singleElement().satisfies(item -> {
      assertThat(item.errorCode()).contains("CPS.0191");
      assertThat(item.output()).hasValueSatisfying(out -> assertThat(out).contains("not found"));
    });
  }

  @Test
  void serverRestart_throughNeutralApi() {
    BulkResult result = cloud.servers().restart(fake.serverIds().subList(0, 1)).awaitCompletion(Duration.ofMinutes(10));

    assertThat(result.succeeded()).hasSize(1);
  }
}
