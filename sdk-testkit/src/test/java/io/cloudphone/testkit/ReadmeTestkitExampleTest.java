package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user's own JUnit 5 test shown in README's testkit section, kept here so that it compiles and passes: code
 * under test, a seeded fake, a broken phone, per-operation faults, assertions on the outcome and on the request log.
 */
class ReadmeTestkitExampleTest {

  /** The user's code under test: restarts the phones and returns the ids that failed. */
  static List<String> restartAll(CloudPhoneClient cloud, List<String> phoneIds) {
    return cloud.phones().restart(phoneIds).awaitCompletion(Duration.ofMinutes(10))
        .failed().stream().map(ItemResult::id).toList();
  }

  @Test
  void restartAll_oneBrokenPhone_reportsOnlyTheBrokenPhone() {
    Fleet fleet = Fleet.builder().servers(1).phonesPerServer(3).build();
    FaultPlan faults = FaultPlan.builder()
        .failingPhones("test-phone-01-02")                            // its restart job fails
        .forOperation("ListCloudPhones", OperationFaults.builder().serverErrorRate(0.2).build())
        .build();
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(fleet, faults, FakeTime.virtual())) {
      List<String> failed = restartAll(fake.client(), fake.phoneIds());

      assertThat(failed).containsExactly(fake.phoneIds().get(1));
      assertThat(fake.requestLog().count("RestartCloudPhone")).isPositive();
    }
  }
}
