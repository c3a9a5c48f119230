package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Page;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.BulkTimeoutException;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One scenario, written once against the neutral {@link CloudPhoneClient}, run against both fakes: paging,
 * a 10,000-phone bulk restart through faults, cancellation, a timeout with a partial result, a shell command and
 * stop-then-start. What genuinely differs between the providers (operation names, batch and page sizes, error
 * codes) comes from {@link ProviderUnderTest} as data; every wait is on the fakes' virtual time.
 */
@Timeout(60)
class NeutralScenarioTest {
  private static final Duration PATIENCE = Duration.ofHours(1);

  static List<ProviderUnderTest> providers() {
    return ProviderUnderTest.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void list_manyPagesOfPhonesAndServers_eachSeenOnce_pagesFetchedOnDemand(ProviderUnderTest provider) {
    // 105 servers × 4 phones: 5 pages of phones and 2 of servers; every fourth phone is stopped.
    Fleet fleet = Fleet.builder().servers(105).phonesPerServer(4)
        .phoneStatuses(List.of(PhoneStatus.RUNNING, PhoneStatus.RUNNING, PhoneStatus.RUNNING, PhoneStatus.STOPPED))
        .build();
    try (CloudPhoneFake<?> fake = provider.start(fleet, FaultPlan.none(), FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      RequestLog log = fake.requestLog();
      List<String> phoneIds = fake.phoneIds();
      int page = provider.pageSize();

      List<Phone> phones = cloud.phones().list(PhoneFilter.all()).stream().toList();

      assertThat(phones).extracting(Phone::id).containsExactlyElementsOf(phoneIds);
      assertThat(phones).extracting(Phone::status)
          .containsExactlyElementsOf(IntStream.range(0, 420).mapToObj(fleet::phoneStatus).toList());
      assertThat(log.count(provider.listPhones())).isEqualTo(pages(420, page));

      log.clear();
      assertThat(cloud.phones().list(PhoneFilter.all()).stream().limit(page + page / 2).map(Phone::id))
          .containsExactlyElementsOf(phoneIds.subList(0, page + page / 2));
      assertThat(log.count(provider.listPhones())).as("taking a page and a half fetches two pages").isEqualTo(2);

      log.clear();
      Iterator<Page<Phone>> onePage = cloud.phones().list(PhoneFilter.all()).pages().iterator();
      Page<Phone> first = onePage.next();
      assertThat(first.items()).hasSize(page);
      assertThat(first.nextToken()).isPresent();
      assertThat(first.totalCount()).contains(420L);
      assertThat(log.count(provider.listPhones())).isEqualTo(1);

      log.clear();
      List<Server> servers = cloud.servers().list(ServerFilter.all()).stream().toList();
      assertThat(servers).extracting(Server::id).containsExactlyElementsOf(fake.serverIds());
      assertThat(log.count(provider.listServers())).isEqualTo(pages(105, page));
      assertThat(cloud.servers().list(ServerFilter.builder().name(fleet.serverName(42)).build()).stream())
          .extracting(Server::id).containsExactly(fake.serverIds().get(42));

      String server = fake.serverIds().get(42);
      assertThat(cloud.phones().list(PhoneFilter.builder().serverId(server).build()).stream().toList())
          .extracting(Phone::id, phone -> phone.serverId().orElse("?"))
          .containsExactlyElementsOf(phoneIds.subList(42 * 4, 43 * 4).stream()
              .map(id -> tuple(id, server)).toList());
      List<String> stopped = IntStream.range(0, 420).filter(i -> i % 4 == 3).mapToObj(phoneIds::get).toList();
      assertThat(cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.STOPPED).build()).stream()
          .map(Phone::id)).containsExactlyElementsOf(stopped);
      assertThat(cloud.phones().list(PhoneFilter.builder().serverId(server).status(PhoneStatus.STOPPED).build())
          .stream().map(Phone::id)).containsExactly(phoneIds.get(42 * 4 + 3));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void restart_10000PhonesThroughFailingPhonesThrottlingAndDroppedConnections_reportsEachIdExactlyOnce(
      ProviderUnderTest provider) {
    try (CloudPhoneFake<?> fake = provider.start(Fleet.builder().servers(20).phonesPerServer(500).build(),
        FaultPlan.none(), FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      RequestLog log = fake.requestLog();
      List<String> ids = fake.phoneIds();
      Set<String> failing = sample(ids, 0.01, 4);
      fake.faultPlan(FaultPlan.builder().failingPhones(failing).throttleRate(0.15).dropConnectionRate(0.03)
          .operations(provider.restart(), provider.restartFollowUp()).seed(2026).build());
      List<String> input = new ArrayList<>(ids);
      input.addAll(ids.subList(0, 50)); // repeated ids are reported once
      List<BulkProgress> progress = new CopyOnWriteArrayList<>();
      Instant before = fake.time().now();

      // An explicit rate is a ceiling over the client's adaptive pacing.
      BulkOperation restart = cloud.phones().restart(input, BulkOptions.builder().maxConcurrency(16)
          .requestsPerSecond(provider.restartRate()).listener(progress::add).build());
      BulkResult result = restart.awaitCompletion(PATIENCE);

      assertThat(restart.ids()).containsExactlyElementsOf(ids);
      assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(result.isComplete()).isTrue();

      // A dropped restart may have reached the service, so it is not replayed: its whole batch fails in transit.
      List<List<String>> batches = batches(ids, provider.restartBatch());
      List<LoggedRequest> restarts = log.requests(provider.restart());
      long dropped = restarts.stream().filter(r -> r.fault().filter(Fault.DROPPED_CONNECTION::equals).isPresent())
          .count();
      long throttled = restarts.stream().filter(r -> r.fault().filter(Fault.THROTTLED::equals).isPresent()).count();
      assertThat(dropped).as("dropped restart requests").isPositive();
      assertThat(throttled).as("throttled restart requests").isPositive();
      Set<String> lostInTransit = result.failed().stream().filter(item -> item.errorCode().isEmpty())
          .map(ItemResult::id).collect(Collectors.toSet());
      List<List<String>> lostBatches = batches.stream().filter(b -> lostInTransit.contains(b.get(0))).toList();
      assertThat(lostBatches).hasSize((int) dropped);
      assertThat(lostInTransit).containsExactlyInAnyOrderElementsOf(
          lostBatches.stream().flatMap(List::stream).toList());

      for (ItemResult item : result.items()) {
        if (lostInTransit.contains(item.id())) {
          assertThat(item.errorMessage()).as(item.id()).hasValueSatisfying(m -> assertThat(m).contains("connection"));
        } else if (failing.contains(item.id())) {
          assertThat(item.outcome()).as(item.id()).isEqualTo(ItemOutcome.FAILED);
          assertThat(item.errorCode()).as(item.id()).contains(provider.restartFailedCode());
          assertThat(item.errorMessage()).as(item.id()).isPresent();
        } else {
          assertThat(item.outcome()).as(item.id()).isEqualTo(ItemOutcome.SUCCEEDED);
        }
      }

      // Exactly once on the wire: every batch but the dropped ones was served once; only throttled ones were sent
      // again (a throttled request did no work).
      assertThat(restarts.stream().filter(r -> r.status() == 200)).hasSize(batches.size() - (int) dropped);
      assertThat(restarts).hasSize(batches.size() + (int) throttled);
      assertThat(restarts).allSatisfy(r -> assertThat(r.status() == 200 || r.fault().isPresent()).isTrue());
      // Paced on the client's clock at the explicit rate, after a first burst of a second's worth.
      Instant lastSent = restarts.stream().map(LoggedRequest::at).max(Instant::compareTo).orElseThrow();
      double burst = Math.ceil(provider.restartRate());
      assertThat(Duration.between(before, lastSent)).isGreaterThanOrEqualTo(Duration.ofMillis(
          (long) ((batches.size() - burst) / provider.restartRate() * 1000)));
      assertThat(log.faults(Fault.FAILING_PHONE)).isNotEmpty()
          .allSatisfy(r -> assertThat(r.operation()).isEqualTo(provider.restart()));
      assertThat(log.faults()).extracting(LoggedRequest::operation)
          .containsOnly(provider.restart(), provider.restartFollowUp()); // the follow-up calls had trouble too

      // The service's own view afterwards: exactly the failing phones that were reached are broken.
      fake.faultPlan(FaultPlan.none());
      Set<String> broken = failing.stream().filter(id -> !lostInTransit.contains(id)).collect(Collectors.toSet());
      Map<PhoneStatus, List<String>> byStatus = cloud.phones().list(PhoneFilter.all()).stream()
          .collect(Collectors.groupingBy(Phone::status, Collectors.mapping(Phone::id, Collectors.toList())));
      assertThat(byStatus.keySet()).containsOnly(PhoneStatus.RUNNING, PhoneStatus.FAILED);
      assertThat(byStatus.get(PhoneStatus.FAILED)).containsExactlyInAnyOrderElementsOf(broken);

      BulkProgress last = progress.get(progress.size() - 1);
      assertThat(last.phase()).isEqualTo(BulkProgress.Phase.DONE);
      assertThat(last.settled()).isEqualTo(10_000);
      assertThat(last.failed()).isEqualTo(result.failed().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void restart_cancelledAfterThreeBatches_restReportedNotAttempted_andNeverSent(ProviderUnderTest provider) {
    // Jobs take a minute, so right after the requests the fake still shows which phones are restarting.
    Fleet fleet = Fleet.builder().servers(10).phonesPerServer(100).jobDuration(Duration.ofMinutes(1)).build();
    try (CloudPhoneFake<?> fake = provider.start(fleet, FaultPlan.none(), FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      List<String> ids = fake.phoneIds();
      int sent = 3 * provider.restartBatch();
      AtomicInteger answered = new AtomicInteger();
      CompletableFuture<BulkOperation> started = new CompletableFuture<>();
      BulkOptions oneAtATime = BulkOptions.builder().maxConcurrency(1).listener(progress -> {
        if (progress.phase() == BulkProgress.Phase.SUBMITTING && answered.incrementAndGet() == 3) {
          started.join().cancel(); // the user gives up after three answers
        }
      }).build();

      BulkOperation restart = cloud.phones().restart(ids, oneAtATime);
      started.complete(restart);
      BulkResult submitted = restart.submitted().join();

      assertThat(submitted.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(submitted.notAttempted()).extracting(ItemResult::id).containsExactlyElementsOf(ids.subList(sent,
          ids.size()));
      assertThat(fake.requestLog().count(provider.restart())).isEqualTo(3);
      assertThat(cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.RESTARTING).build()).stream()
          .map(Phone::id)).as("phones the service is restarting").containsExactlyElementsOf(ids.subList(0, sent));

      BulkResult result = restart.awaitCompletion(PATIENCE);

      assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(result.succeeded()).extracting(ItemResult::id).containsExactlyElementsOf(ids.subList(0, sent));
      assertThat(result.notAttempted()).extracting(ItemResult::id)
          .containsExactlyElementsOf(ids.subList(sent, ids.size()));
      assertThat(fake.requestLog().count(provider.restart())).isEqualTo(3);
      assertThat(cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.RUNNING).build()).stream())
          .hasSize(ids.size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void restart_jobsOutlastTheTimeout_throwsWithAPartialResultAccountingForEveryId(ProviderUnderTest provider) {
    Fleet fleet = Fleet.builder().servers(2).phonesPerServer(100).jobDuration(Duration.ofMinutes(20)).build();
    FakeTime time = FakeTime.virtual();
    try (CloudPhoneFake<?> fake = provider.start(fleet, FaultPlan.none(), time)) {
      CloudPhoneClient cloud = fake.client();
      List<String> ids = fake.phoneIds();
      Set<String> failing = sample(ids, 0.05, 9);
      fake.faultPlan(FaultPlan.builder().failingPhones(failing).build());
      Instant started = time.now();

      BulkOperation restart = cloud.phones().restart(ids);
      BulkTimeoutException timeout = catchThrowableOfType(BulkTimeoutException.class,
          () -> restart.awaitCompletion(Duration.ofMinutes(5)));

      assertThat(timeout).as("awaitCompletion must time out").isNotNull().hasMessageContaining("in progress");
      assertThat(Duration.between(started, time.now())).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(20));
      BulkResult partial = timeout.partialResult();
      assertThat(partial.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(partial.isComplete()).isFalse();
      assertThat(partial.inProgress()).extracting(ItemResult::id).containsExactlyElementsOf(ids);

      // The operation can still be awaited: the same ids end with their final outcome.
      BulkResult result = restart.awaitCompletion(PATIENCE);

      assertThat(result.failed()).extracting(ItemResult::id, ItemResult::errorCode)
          .containsExactlyInAnyOrderElementsOf(failing.stream()
              .map(id -> tuple(id, Optional.of(provider.restartFailedCode()))).toList());
      assertThat(result.succeeded()).hasSize(ids.size() - failing.size());
      assertThat(fake.requestLog().count(provider.restart())).isEqualTo(batches(ids, provider.restartBatch()).size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void runShellCommand_eachPhoneAnswersWithItsOwnOutput_failingPhonesFail(ProviderUnderTest provider) {
    try (CloudPhoneFake<?> fake = provider.start(Fleet.builder().servers(2).phonesPerServer(60).build(),
        FaultPlan.none(), FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      List<String> ids = fake.phoneIds();
      Set<String> failing = Set.of(ids.get(7), ids.get(77));
      fake.faultPlan(FaultPlan.builder().failingPhones(failing).build());
      Map<String, String> names = cloud.phones().list(PhoneFilter.all()).stream()
          .collect(Collectors.toMap(Phone::id, phone -> phone.name().orElseThrow()));

      BulkResult result = cloud.phones().runShellCommand(ids, "hostname", BulkOptions.defaults())
          .awaitCompletion(PATIENCE);

      assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(result.failed()).extracting(ItemResult::id).containsExactlyInAnyOrderElementsOf(failing)
          .allSatisfy(id -> assertThat(result.item(id).orElseThrow().errorCode())
              .contains(provider.shellFailedCode()));
      assertThat(result.succeeded()).hasSize(ids.size() - failing.size()).allSatisfy(item ->
          assertThat(item.output()).as(item.id()).contains(names.get(item.id())));
      assertThat(fake.requestLog().count(provider.shell())).isEqualTo(pages(ids.size(), provider.shellBatch()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void stopThenStart_phonesEndStoppedThenRunning_asTheListingShows(ProviderUnderTest provider) {
    try (CloudPhoneFake<?> fake = provider.start(Fleet.builder().servers(3).phonesPerServer(50).build(),
        FaultPlan.none(), FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      List<String> some = fake.phoneIds().subList(20, 130);
      PhoneFilter stopped = PhoneFilter.builder().status(PhoneStatus.STOPPED).build();

      assertThat(cloud.phones().stop(some).awaitCompletion(PATIENCE).succeeded()).hasSize(some.size());
      assertThat(cloud.phones().list(stopped).stream().map(Phone::id)).containsExactlyElementsOf(some);

      assertThat(cloud.phones().start(some).awaitCompletion(PATIENCE).succeeded()).hasSize(some.size());
      assertThat(cloud.phones().list(stopped).stream()).isEmpty();
      assertThat(cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.RUNNING).build()).stream()
          .map(Phone::id)).containsExactlyElementsOf(fake.phoneIds());
    }
  }

  /** Requests needed for {@code items} in pages or batches of {@code size}. */
  private static long pages(int items, int size) {
    return (items + size - 1) / size;
  }

  /** {@code ids} in consecutive batches of {@code size}, as a bulk operation splits them. */
  private static List<List<String>> batches(List<String> ids, int size) {
    return IntStream.range(0, (int) pages(ids.size(), size))
        .mapToObj(i -> ids.subList(i * size, Math.min(ids.size(), (i + 1) * size))).toList();
  }

  /** A reproducible random share of {@code ids}. */
  private static Set<String> sample(List<String> ids, double share, long seed) {
    Random random = new Random(seed);
    return ids.stream().filter(id -> random.nextDouble() < share).collect(Collectors.toUnmodifiableSet());
  }
}
