package io.cloudphone.huawei.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Page;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.ServerStatus;
import io.cloudphone.core.UnsupportedByProviderException;
import io.cloudphone.huawei.HuaweiCphClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The neutral listing, reading, renaming and unwrapping of a Huawei client against a stateful fake CPH. */
class HuaweiNeutralApiTest extends NeutralTestBase {
  private CloudPhoneClient cloud;

  @BeforeEach
  void setUp() throws IOException {
    start(250, 130, 7);
    cloud = client;
  }

  @Test
  void phonesList_allPhones_pagesLazilyInHundreds() {
    List<Page<Phone>> pages = new ArrayList<>();
    cloud.phones().list(PhoneFilter.all()).pages().forEach(pages::add);

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(100, 100, 50);
    assertThat(pages.get(0).totalCount()).contains(250L);
    assertThat(pages).flatExtracting(Page::items).extracting(Phone::id).doesNotHaveDuplicates()
        .containsExactlyElementsOf(fake.phoneIds());
    assertThat(fake.requestLines).containsExactly("GET /phones?limit=100&offset=0",
        "GET /phones?limit=100&offset=100", "GET /phones?limit=100&offset=200");
  }

  @Test
  void phonesList_readingFiveItems_fetchesOnePage() {
    assertThat(cloud.phones().list(PhoneFilter.all()).stream().limit(5)).hasSize(5);

    assertThat(fake.requestLines).hasSize(1);
  }

  @Test
  void phonesList_serverAndSingleCodeStatus_filterOnTheServer() {
    List<Phone> phones = cloud.phones().list(PhoneFilter.builder().serverId("server-0003")
        .status(PhoneStatus.RUNNING).build()).stream().toList();

    assertThat(phones).isNotEmpty().allSatisfy(phone -> {
      assertThat(phone.serverId()).contains("server-0003");
      assertThat(phone.status()).isEqualTo(PhoneStatus.RUNNING);
      assertThat(phone.providerStatus()).isEqualTo("2");
    });
    assertThat(fake.requestLines.get(0)).contains("server_id=server-0003").contains("status=2");
  }

  @Test
  void phonesList_statusOfSeveralCodes_filtersClientSide() {
    List<Phone> creating = cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.CREATING).build())
        .stream().toList();

    assertThat(creating).hasSize(50).extracting(Phone::providerStatus).containsOnly("0", "1");
    assertThat(fake.requestLines).hasSize(3).noneMatch(line -> line.contains("status="));
  }

  @Test
  void phonesList_instanceGroup_isUnsupportedAndSendsNothing() {
    assertThatThrownBy(() -> cloud.phones().list(PhoneFilter.builder().instanceGroupId("ig-1").build()))
        .isInstanceOf(UnsupportedByProviderException.class)
        .hasMessageContaining("Huawei CPH").hasMessageContaining("serverId");
    assertThat(fake.requestLines).isEmpty();
  }

  @Test
  void list_tagFilter_isUnsupportedNamesTheTypedAlternativeAndSendsNothing() {
    assertThatThrownBy(() -> cloud.phones().list(PhoneFilter.builder().putTags("env", "prod").build()))
        .isInstanceOf(UnsupportedByProviderException.class).hasMessageContaining("listResourceInstances");
    assertThatThrownBy(() -> cloud.servers().list(ServerFilter.builder().putTags("env", "prod").build()))
        .isInstanceOf(UnsupportedByProviderException.class).hasMessageContaining("listResourceInstances");
    assertThat(fake.requestLines).isEmpty();
  }

  @Test
  void serversList_allServers_pagesThroughBoth() {
    List<Server> servers = cloud.servers().list(ServerFilter.all()).stream().toList();

    assertThat(servers).hasSize(130).extracting(Server::id).containsExactlyElementsOf(fake.serverIds());
    assertThat(servers.get(0).status()).isEqualTo(ServerStatus.RUNNING);
    assertThat(servers.get(9).status()).isEqualTo(ServerStatus.STOPPED);
    assertThat(servers.get(0).addresses()).containsExactly("192.168.0.0", "10.0.0.0");
    assertThat(servers.get(0).region()).contains("cn-east-3");
    assertThat(fake.requestLines).containsExactly("GET /servers?limit=100&offset=0",
        "GET /servers?limit=100&offset=100");
  }

  @Test
  void serversList_stoppedStatus_filtersOnTheServer() {
    List<Server> stopped = cloud.servers().list(ServerFilter.builder().status(ServerStatus.STOPPED).build())
        .stream().toList();

    assertThat(stopped).hasSize(13).allSatisfy(s -> assertThat(s.providerStatus()).isEqualTo("10"));
    assertThat(fake.requestLines.get(0)).contains("status=10");
  }

  @Test
  void phonesGet_existingPhone_mapsDetailWithAddresses() {
    Phone phone = cloud.phones().get("phone-00008");

    assertThat(phone.provider()).isEqualTo(Provider.HUAWEI);
    assertThat(phone.id()).isEqualTo("phone-00008");
    assertThat(phone.name()).contains("mobile-8");
    assertThat(phone.status()).isEqualTo(PhoneStatus.FAILED);
    assertThat(phone.providerStatus()).isEqualTo("-7");
    assertThat(phone.addresses()).containsExactly("10.237.0.61", "172.31.0.123");
    assertThat(phone.instanceGroupId()).isEmpty();
    // CPH returns no tags with a phone.
    assertThat(phone.tags()).isEmpty();
  }

  @Test
  void phonesGet_seedExample_fillsEveryField() throws IOException {
    fake.fixtures.put("/phones/phone-seed", fixture("ShowCloudPhoneDetail"));

    Phone phone = cloud.phones().get("phone-seed");

    assertThat(phone.id()).isEqualTo("1564567b8bab40f34711234cb80d8574");
    assertThat(phone.name()).contains("mobile-0049");
    assertThat(phone.status()).isEqualTo(PhoneStatus.RUNNING);
    assertThat(phone.flavor()).contains("aphs1.large.2.aosp");
    assertThat(phone.imageId()).contains("88b8449b896f3a4f0ad57222dd91909");
    assertThat(phone.serverId()).contains("88b8449b896f3a4f0ad57222dd91909");
    assertThat(phone.zone()).contains("xxxxxx");
    assertThat(phone.region()).contains("cn-east-3");
    assertThat(phone.createdAt()).contains(Instant.parse("2017-10-10T00:00:00Z"));
    assertThat(phone.addresses()).containsExactly("10.237.0.61", "172.31.0.123", "213.32.43.210", "fd00::aed:3d",
        "2001:db8:a583:b62:e5ea:4a6b:de7b:f97d");
  }

  @Test
  void serversGet_seedExample_fillsEveryField() throws IOException {
    fake.fixtures.put("/servers/server-seed", fixture("ShowCloudPhoneServerDetail"));

    Server server = cloud.servers().get("server-seed");

    assertThat(server.provider()).isEqualTo(Provider.HUAWEI);
    assertThat(server.name()).isPresent();
    assertThat(server.flavor()).isPresent();
    assertThat(server.zone()).isPresent();
    assertThat(server.createdAt()).isPresent();
    assertThat(server.addresses()).isNotEmpty();
    assertThat(server.status()).isNotEqualTo(ServerStatus.UNKNOWN);
  }

  @Test
  void phonesGet_missingPhone_throwsNotFound() {
    assertThatThrownBy(() -> cloud.phones().get("missing-phone"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("CPS.0005");
  }

  @Test
  void serversGet_missingServer_throwsNotFound() {
    assertThatThrownBy(() -> cloud.servers().get("missing-server")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void jobsGet_missingJob_throwsNotFound() {
    assertThatThrownBy(() -> cloud.jobs().get("missing-job")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void jobsGet_seedExample_mapsTimesAndStatus() throws IOException {
    fake.fixtures.put("/jobs/job-seed", fixture("ShowJob"));

    Job job = cloud.jobs().get("job-seed");

    assertThat(job.id()).isEqualTo("6837531fd3f54550927b930180a706bf");
    assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(job.providerStatus()).isEqualTo("2");
    assertThat(job.errorCode()).isEmpty();
    assertThat(job.startedAt()).contains(Instant.parse("2019-04-26T07:00:00Z"));
    assertThat(job.endedAt()).contains(Instant.parse("2019-04-26T07:00:06Z"));
  }

  @Test
  void rename_existingPhone_updatesItsName() {
    cloud.phones().rename("phone-00001", "new-name_1");

    assertThat(fake.phoneName("phone-00001")).isEqualTo("new-name_1");
    assertThat(fake.requestLines).containsExactly("PUT /phones/phone-00001");
  }

  @Test
  void rename_invalidName_isRefusedBeforeSending() {
    assertThatThrownBy(() -> cloud.phones().rename("phone-00001", "bad name!"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phone_name");
    assertThat(fake.requestLines).isEmpty();
  }

  @Test
  void unwrap_huaweiType_returnsTheTypedClient() {
    assertThat(cloud.provider()).isEqualTo(Provider.HUAWEI);
    assertThat(cloud.unwrap(HuaweiCphClient.class)).isSameAs(client);
  }

  @Test
  void unwrap_otherType_failsNamingBoth() {
    assertThatThrownBy(() -> cloud.unwrap(OtherClient.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Huawei CPH").hasMessageContaining("OtherClient");
  }

  @Test
  void neutralApi_sameClient_isBuiltOnce() {
    assertThat(cloud.phones()).isSameAs(cloud.phones());
    assertThat(cloud.servers()).isSameAs(cloud.servers());
    assertThat(cloud.jobs()).isSameAs(cloud.jobs());
  }

  /** Stands in for the other provider's typed client. */
  interface OtherClient extends CloudPhoneClient {}

  private static String fixture(String name) throws IOException {
    try (InputStream in = HuaweiNeutralApiTest.class.getResourceAsStream("/huawei/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
