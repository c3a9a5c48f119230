package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ThrottlingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared server-side rate limit on the Alibaba fake: its own throttling answer, on the fake's clock. */
class FakeAlibabaCloudPhoneRateLimitTest {
  @Test
  void rateLimit_exceeded_answers400ThrottlingUser_andRefillsOnTheFakeClock() {
    FaultPlan plan = FaultPlan.builder().rateLimit("DescribeAndroidInstances", 1).build();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(Fleet.defaults(), plan, FakeTime.manual())) {
      AlibabaCloudPhoneClient ecp = fake.clientBuilder().retryPolicy(RetryPolicy.none())
          .rateLimit(RateLimit.off()).build(); // the fake's own limit is under test, not the client's pacing
      DescribeAndroidInstancesRequest describe = DescribeAndroidInstancesRequest.builder().build();

      ecp.describeAndroidInstances(describe);
      assertThatThrownBy(() -> ecp.describeAndroidInstances(describe))
          .isInstanceOfSatisfying(ThrottlingException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.errorCode()).isEqualTo("Throttling.User");
          });
      fake.time().advance(Duration.ofSeconds(1));
      ecp.describeAndroidInstances(describe);

      assertThat(fake.requestLog().faults(Fault.RATE_LIMITED)).hasSize(1);
    }
  }
}
