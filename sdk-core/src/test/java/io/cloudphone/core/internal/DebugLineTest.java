package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CallAttempt;
import io.cloudphone.core.Provider;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SDK's DEBUG line is rendered from the same {@link CallAttempt} a listener gets. */
class DebugLineTest {
  @Test
  void throttledAttempt_statusCodeRequestIdAttemptLatencyAndRetryDelay() {
    CallAttempt attempt = new CallAttempt(Provider.HUAWEI, "ListCloudPhones", 2, Optional.of("GET"),
        Optional.of("/v1/p/cloud-phone/phones"), Optional.of(429), Optional.of("APIGW.0308"),
        Optional.of("ThrottlingException"), Optional.of("req-1"), true, CallAttempt.Outcome.RETRYING,
        Optional.of(Duration.ofMillis(400)), Duration.ofMillis(12));

    assertThat(DebugLine.of(attempt)).isEqualTo("Huawei CPH ListCloudPhones GET /v1/p/cloud-phone/phones -> 429"
        + " APIGW.0308 request-id=req-1 attempt=2 12ms retry in 400ms");
  }

  @Test
  void transportFailure_noStatus_errorTypeShown() {
    CallAttempt attempt = new CallAttempt(Provider.ALIBABA, "DescribeAndroidInstances", 1, Optional.of("POST"),
        Optional.of("/"), Optional.empty(), Optional.empty(), Optional.of("CloudPhoneTransportException"),
        Optional.empty(), false, CallAttempt.Outcome.FAILED, Optional.empty(), Duration.ofMillis(3));

    assertThat(DebugLine.of(attempt)).isEqualTo("Alibaba Cloud Phone DescribeAndroidInstances POST / -> failed"
        + " CloudPhoneTransportException request-id=- attempt=1 3ms");
  }
}
