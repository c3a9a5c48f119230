package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneFleet;
import io.cloudphone.core.FleetListing;
import io.cloudphone.core.FleetMemberException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Page;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.Credentials;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.huawei.HuaweiCphClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fleet of three members on the fakes (two Huawei regions, one Alibaba region): listings walk every member and
 * stamp each item with it, bulk operations route each id to its member and report every id once, and a member
 * that fails (throttled, down, refused credentials) fails only its own ids.
 */
@Timeout(60)
class CloudPhoneFleetTest {
  private static final Duration PATIENCE = Duration.ofHours(1);

  // Different name prefixes give the two Huawei fakes different ids, as two real regions have.
  private final FakeHuaweiCph east = FakeHuaweiCph.start(Fleet.builder().namePrefix("east").servers(2)
      .phonesPerServer(3).build(), FaultPlan.none(), FakeTime.virtual());
  private final FakeHuaweiCph north = FakeHuaweiCph.start(Fleet.builder().namePrefix("north").servers(1)
      .phonesPerServer(4).build(), FaultPlan.none(), FakeTime.virtual());
  private final FakeAlibabaCloudPhone shanghai = FakeAlibabaCloudPhone.start(Fleet.builder().servers(2)
      .phonesPerServer(2).build(), FaultPlan.none(), FakeTime.virtual());
  private final SwitchableCredentials northCredentials = new SwitchableCredentials(north.credentials());
  private final CloudPhoneFleet fleet = CloudPhoneFleet.builder()
      .member("huawei-cn-east-3", east.client())
      .member("huawei-cn-north-4", north.clientBuilder().credentialsProvider(northCredentials).build())
      .member("alibaba-shanghai", shanghai.client())
      .build();

  @AfterEach
  void stop() {
    fleet.close();
    east.close();
    north.close();
    shanghai.close();
  }

  @Test
  void listPhones_sequential_everyPhoneOnce_membersInOrder_eachStampedWithItsMember() {
    List<Phone> phones = fleet.phones().list(PhoneFilter.all()).stream().toList();

    assertThat(phones).extracting(Phone::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(allPhoneIds());
    assertThat(phones).extracting(phone -> phone.member().orElseThrow()).containsExactlyElementsOf(
        repeat("huawei-cn-east-3", 6, "huawei-cn-north-4", 4, "alibaba-shanghai", 4));
    assertThat(phones.stream().filter(phone -> phone.member().orElseThrow().equals("alibaba-shanghai")))
        .extracting(Phone::id).containsExactlyInAnyOrderElementsOf(shanghai.phoneIds());
  }

  @Test
  void listPhones_interleaved_onePageOfEachMemberInTurn() {
    CloudPhoneFleet interleaved = CloudPhoneFleet.builder().listing(FleetListing.INTERLEAVED)
        .member("a", east.client()).member("b", shanghai.client()).build();
    PhoneFilter small = PhoneFilter.all();

    List<String> pageMembers = new ArrayList<>();
    for (Page<Phone> page : interleaved.phones().list(small).pages()) {
      pageMembers.add(page.items().isEmpty() ? "-" : page.items().get(0).member().orElseThrow());
    }

    assertThat(pageMembers).containsExactly("a", "b");
    assertThat(interleaved.phones().list(small).stream()).hasSize(10);
  }

  @Test
  void listPhones_filter_appliedByEachMember() {
    east.client().phones().stop(List.of(east.phoneIds().get(0))).awaitCompletion(PATIENCE);
    shanghai.client().phones().stop(List.of(shanghai.phoneIds().get(1))).awaitCompletion(PATIENCE);

    List<Phone> stopped = fleet.phones().list(PhoneFilter.builder().status(PhoneStatus.STOPPED).build())
        .stream().toList();

    assertThat(stopped).extracting(Phone::id)
        .containsExactlyInAnyOrder(east.phoneIds().get(0), shanghai.phoneIds().get(1));
    assertThat(stopped).extracting(phone -> phone.member().orElseThrow())
        .containsExactly("huawei-cn-east-3", "alibaba-shanghai");
  }

  @Test
  void listServers_allMembers_stamped() {
    List<Server> servers = fleet.servers().list(ServerFilter.all()).stream().toList();

    assertThat(servers).hasSize(5);
    assertThat(servers).filteredOn(server -> server.member().orElseThrow().equals("huawei-cn-north-4"))
        .extracting(Server::id).containsExactlyElementsOf(north.serverIds());
  }

  @Test
  void listPhones_memberDown_failsNamingTheMember() {
    north.close();

    assertThatThrownBy(() -> fleet.phones().list(PhoneFilter.all()).stream().toList())
        .isInstanceOfSatisfying(FleetMemberException.class,
            e -> assertThat(e.member()).isEqualTo("huawei-cn-north-4"));
  }

  @Test
  void restart_idsOfThreeMembers_eachRoutedToItsMember_everyIdOnce_unknownIdFailed() {
    List<String> ids = new ArrayList<>(fleet.phones().list(PhoneFilter.all()).stream().map(Phone::id).toList());
    ids.add("no-such-phone");
    ids.add(ids.get(0)); // a repeat is reported once
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();

    BulkResult result = fleet.phones().restart(ids, BulkOptions.builder().listener(progress::add).build())
        .awaitCompletion(PATIENCE);

    assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids.subList(0, ids.size() - 1));
    assertThat(result.succeeded()).hasSize(14);
    assertThat(result.item("no-such-phone").orElseThrow()).satisfies(item -> {
      assertThat(item.outcome()).isEqualTo(ItemOutcome.FAILED);
      assertThat(item.errorCode()).contains("FleetMemberNotFound");
      assertThat(item.member()).isEmpty();
    });
    assertThat(result.item(shanghai.phoneIds().get(0)).orElseThrow().member()).contains("alibaba-shanghai");
    assertThat(east.requestLog().requests()).noneMatch(r -> r.toString().contains(shanghai.phoneIds().get(0)));
    assertThat(progress).last().satisfies(last -> {
      assertThat(last.phase()).isEqualTo(BulkProgress.Phase.DONE);
      assertThat(last.total()).isEqualTo(15);
      assertThat(last.succeeded()).isEqualTo(14);
      assertThat(last.failed()).isEqualTo(1);
    });
  }

  @Test
  void restart_idsNeverListed_lookedUpOnTheMembers() {
    List<String> ids = List.of(north.phoneIds().get(1), shanghai.phoneIds().get(0), east.phoneIds().get(2));

    BulkResult result = fleet.phones().restart(ids).awaitCompletion(PATIENCE);

    assertThat(result.items()).extracting(item -> item.member().orElseThrow())
        .containsExactly("huawei-cn-north-4", "alibaba-shanghai", "huawei-cn-east-3");
    assertThat(result.succeeded()).hasSize(3);
  }

  /** How the north member fails after the listing. */
  enum Failure {
    THROTTLED("APIGW.0308"),
    DOWN("could not connect to|connection failed talking to"),
    WRONG_CREDENTIALS("APIGW.0301");

    /** A pattern the failed items' code or message must contain. */
    final String reason;

    Failure(String reason) {
      this.reason = reason;
    }
  }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void restart_oneMemberFails_othersFinish_itsIdsFailedOnceWithTheReason(Failure failure) {
    List<String> ids = fleet.phones().list(PhoneFilter.all()).stream().map(Phone::id).toList();
    switch (failure) {
      case THROTTLED -> north.faultPlan(FaultPlan.builder().throttleRate(1).build());
      case DOWN -> north.close();
      case WRONG_CREDENTIALS -> northCredentials.use(AccessKeyCredentials.of("AKWRONG", "wrong-secret"));
      default -> throw new AssertionError(failure);
    }

    BulkResult result = fleet.phones().restart(ids).awaitCompletion(PATIENCE);

    assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
    Map<String, List<ItemResult>> byMember = result.items().stream()
        .collect(Collectors.groupingBy(item -> item.member().orElseThrow()));
    assertThat(byMember.get("huawei-cn-east-3")).hasSize(6)
        .allMatch(item -> item.outcome() == ItemOutcome.SUCCEEDED);
    assertThat(byMember.get("alibaba-shanghai")).hasSize(4)
        .allMatch(item -> item.outcome() == ItemOutcome.SUCCEEDED);
    assertThat(byMember.get("huawei-cn-north-4")).extracting(ItemResult::id)
        .containsExactlyInAnyOrderElementsOf(north.phoneIds());
    assertThat(byMember.get("huawei-cn-north-4")).allSatisfy(item -> {
      assertThat(item.outcome()).isEqualTo(ItemOutcome.FAILED);
      assertThat(item.errorCode().orElse("") + " " + item.errorMessage().orElse("")).containsPattern(failure.reason);
    });
  }

  @Test
  void get_phoneOfAnyMember_stamped_unknownNotFound() {
    assertThat(fleet.phones().get(shanghai.phoneIds().get(2)).member()).contains("alibaba-shanghai");
    assertThat(fleet.phones().get(north.phoneIds().get(0)).member()).contains("huawei-cn-north-4");
    assertThatThrownBy(() -> fleet.phones().get("no-such-phone")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no fleet member knows phone no-such-phone");
  }

  @Test
  void jobs_ofAFleetRestart_readFromTheirMembers() {
    List<String> ids = List.of(east.phoneIds().get(0), north.phoneIds().get(0));
    BulkResult result = fleet.phones().restart(ids).awaitCompletion(PATIENCE);

    assertThat(fleet.jobs().list(result)).extracting(job -> job.member().orElseThrow())
        .containsExactlyInAnyOrder("huawei-cn-east-3", "huawei-cn-north-4");
    String jobId = result.items().get(1).jobId().orElseThrow();
    assertThat(fleet.jobs().get(jobId).member()).contains("huawei-cn-north-4");
  }

  @Test
  void unwrap_theOnlyMemberOfAType_orByName() {
    assertThat(fleet.unwrap(AlibabaCloudPhoneClient.class)).isSameAs(shanghai.client());
    assertThat(fleet.unwrap(CloudPhoneClient.class)).isSameAs(fleet);
    assertThat(fleet.unwrap("huawei-cn-east-3", HuaweiCphClient.class)).isSameAs(east.client());
    assertThatThrownBy(() -> fleet.unwrap(HuaweiCphClient.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("huawei-cn-east-3").hasMessageContaining("huawei-cn-north-4");
  }

  @Test
  void builder_badOrRepeatedMemberName_refused() {
    assertThatThrownBy(() -> CloudPhoneFleet.builder().member("a b", east.client()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a b");
    assertThatThrownBy(() -> CloudPhoneFleet.builder().member("a", east.client()).member("a", north.client()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a member named a");
    assertThatThrownBy(() -> CloudPhoneFleet.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void provider_mixedFleet_refusedWithAHint() {
    assertThatThrownBy(fleet::provider).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fleet.members()");
    assertThat(CloudPhoneFleet.builder().member("a", east.client()).build().provider())
        .isEqualTo(east.provider());
  }

  private List<String> allPhoneIds() {
    List<String> all = new ArrayList<>(east.phoneIds());
    all.addAll(north.phoneIds());
    all.addAll(shanghai.phoneIds());
    return all;
  }

  private static List<String> repeat(Object... nameAndCount) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nameAndCount.length; i += 2) {
      for (int n = 0; n < (Integer) nameAndCount[i + 1]; n++) {
        out.add((String) nameAndCount[i]);
      }
    }
    return out;
  }

  /** Credentials that can be swapped, as when a key is rotated or revoked under a running service. */
  static final class SwitchableCredentials implements CredentialsProvider {
    private volatile Credentials current;

    SwitchableCredentials(Credentials initial) {
      this.current = initial;
    }

    void use(Credentials next) {
      this.current = next;
    }

    @Override
    public Credentials resolveCredentials() {
      return current;
    }
  }
}
