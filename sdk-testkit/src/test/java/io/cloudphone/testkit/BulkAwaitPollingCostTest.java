package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.bulk.BulkResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Awaiting a bulk operation costs no more polls than the provider's batch limits require: 1,000 restarted phones
 * (ten requests of 100) are followed with as many ids per poll as each provider allows, on the fakes' virtual time.
 */
class BulkAwaitPollingCostTest {
  private static final Fleet THOUSAND_PHONES = Fleet.builder().servers(10).phonesPerServer(100).build();

  @Test
  void huawei_restartOfAThousand_eachRoundIsTenListJobsPages_ofTheTenRequestsTogether() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(THOUSAND_PHONES)) {
      CloudPhoneClient cloud = fake.client();

      BulkResult result = cloud.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(10));

      assertThat(result.succeeded()).hasSize(1_000);
      List<LoggedRequest> polls = fake.requestLog().requests("ListJobs");
      long rounds = polls.stream().filter(poll -> !poll.query().containsKey("offset")).count();
      assertThat(rounds).isPositive();
      // One call names all ten requests (ListJobs takes up to 20), each page holds 100 jobs (the most it gives),
      // and paging stops once every wanted job is read: no empty eleventh page.
      assertThat(polls).hasSize((int) rounds * 10).allSatisfy(poll -> {
        assertThat(poll.query().get("request_ids").split(",")).hasSize(10);
        assertThat(poll.query()).containsEntry("limit", "100");
      });
      assertThat(polls).noneMatch(poll -> "1000".equals(poll.query().get("offset")));
      assertThat(fake.requestLog().count("ShowJob")).isZero();
    }
  }

  @Test
  void alibaba_restartOfAThousand_eachDescribeTasksAsksForAHundredTasks() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(THOUSAND_PHONES)) {
      CloudPhoneClient cloud = fake.client();

      BulkResult result = cloud.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(10));

      assertThat(result.succeeded()).hasSize(1_000);
      List<LoggedRequest> polls = fake.requestLog().requests("DescribeTasks");
      assertThat(polls).isNotEmpty().allSatisfy(poll -> assertThat(poll.query().keySet().stream()
          .filter(name -> name.startsWith("TaskIds.")).count()).isEqualTo(100));
      assertThat(polls.size() % 10).isZero(); // ten calls a round, every round
      assertThat(fake.requestLog().count("DescribeAndroidInstances")).isZero();
    }
  }
}
