package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Provider;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code cancel()} of a journaled reset on the fakes, on virtual time: it is called from the progress listener as soon
 * as the first request's answer is recorded, and no further request goes out; resuming the journal then resets
 * every phone the cancelled run did not send, exactly once, and awaits the ones it did without sending them again.
 * The fake's request log, which names each request's phones, is the witness.
 */
class BulkCancelResumeTest {
  private static final int CHUNK = 3;

  @TempDir
  Path dir;

  @ParameterizedTest
  @Timeout(60)
  @EnumSource(value = Provider.class, names = {"HUAWEI", "ALIBABA"})
  void reset_cancelledAfterTheFirstAnswer_sendsNoMoreAndTheResumeResetsTheRestOnce(Provider provider)
      throws IOException {
    Fleet fleet = Fleet.builder().servers(1).phonesPerServer(10).build();
    try (CloudPhoneFake<?> fake = provider == Provider.HUAWEI
        ? FakeHuaweiCph.start(fleet, FaultPlan.none(), FakeTime.virtual())
        : FakeAlibabaCloudPhone.start(fleet, FaultPlan.none(), FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      String wire = provider == Provider.HUAWEI ? "ResetCloudPhone" : "ResetAndroidInstancesInGroup";
      List<String> ids = fake.phoneIds();
      Path journal = dir.resolve("reset.jsonl");
      CompletableFuture<BulkOperation> running = new CompletableFuture<>();
      // The first progress report comes once the first request's answer is journaled: cancel right there.
      BulkOptions options = BulkOptions.builder().journal(journal).chunkSize(CHUNK).maxConcurrency(1)
          .listener(progress -> running.join().cancel()).build();

      BulkOperation operation = cloud.phones().reset(ids, options);
      running.complete(operation);
      BulkResult cancelled = operation.submitted().join();

      List<String> first = ids.subList(0, CHUNK);
      List<String> rest = ids.subList(CHUNK, ids.size());
      assertThat(fake.requestLog().countByPhone(wire)).containsOnlyKeys(first);
      assertThat(cancelled.items()).filteredOn(item -> rest.contains(item.id()))
          .extracting(ItemResult::outcome).containsOnly(ItemOutcome.NOT_ATTEMPTED);
      assertThat(Files.readAllLines(journal))
          .anySatisfy(line -> assertThat(line).startsWith("{\"type\":\"cancelled\""));

      BulkResult resumed = cloud.phones().resume(journal, BulkOptions.builder().chunkSize(CHUNK).build())
          .awaitCompletion(Duration.ofHours(1));

      assertThat(resumed.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(resumed.items()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.SUCCEEDED);
      Map<String, Long> resets = fake.requestLog().countByPhone(wire);
      assertThat(resets).containsOnlyKeys(ids).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
      assertThat(fake.requestLog().requests(wire)).hasSize((ids.size() + CHUNK - 1) / CHUNK);
    }
  }
}
