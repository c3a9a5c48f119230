package io.cloudphone.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.bulk.BulkProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The README's wiring of a {@link CallListener} to Micrometer and to OpenTelemetry, compiled and run here so it
 * cannot rot; both libraries are test-scope dependencies of this module only, never of the SDK.
 */
class ObservabilityWiringTest {
  // README: Micrometer
  static final class MicrometerCallListener implements CallListener {
    private final MeterRegistry registry;

    MicrometerCallListener(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void onAttempt(CallAttempt a) {
      Timer.builder("cloudphone.call.attempt")
          .tag("provider", a.provider().name())
          .tag("operation", a.operation())
          .tag("outcome", a.outcome().name())
          .tag("status", a.httpStatus().map(String::valueOf).orElse("none"))
          .tag("error", a.errorCode().orElse("none"))
          .register(registry).record(a.latency());
      if (a.throttled()) {
        registry.counter("cloudphone.call.throttled", "operation", a.operation()).increment();
      }
    }
  }

  // README: OpenTelemetry
  static final class OpenTelemetryCallListener implements CallListener {
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("cloudphone.operation");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("cloudphone.outcome");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private final DoubleHistogram latency;
    private final LongCounter settled;

    OpenTelemetryCallListener(OpenTelemetry otel) {
      Meter meter = otel.getMeter("io.cloudphone");
      latency = meter.histogramBuilder("cloudphone.call.attempt.duration").setUnit("s").build();
      settled = meter.counterBuilder("cloudphone.bulk.progress.events").build();
    }

    @Override
    public void onAttempt(CallAttempt a) {
      latency.record(a.latency().toNanos() / 1e9, Attributes.of(OPERATION, a.operation(),
          OUTCOME, a.outcome().name(), STATUS, (long) a.httpStatus().orElse(0)));
    }

    @Override
    public void onBulkProgress(BulkProgress p) {
      settled.add(1, Attributes.of(OPERATION, p.operation()));
    }
  }

  private static CallAttempt throttled() {
    return new CallAttempt(Provider.HUAWEI, "ListCloudPhones", 1, Optional.of("GET"),
        Optional.of("/v1/p/cloud-phone/phones"), Optional.of(429), Optional.of("APIGW.0308"),
        Optional.of("ThrottlingException"), Optional.of("req-1"), true, CallAttempt.Outcome.RETRYING,
        Optional.of(Duration.ofMillis(200)), Duration.ofMillis(12));
  }

  @Test
  void micrometer_attemptsTimedAndThrottlingCounted() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CallListener listener = new MicrometerCallListener(registry);

    listener.onAttempt(throttled());

    assertThat(registry.get("cloudphone.call.attempt").tag("status", "429").tag("outcome", "RETRYING").timer()
        .count()).isEqualTo(1);
    assertThat(registry.get("cloudphone.call.throttled").counter().count()).isEqualTo(1.0);
  }

  @Test
  void openTelemetry_listenerAcceptsAttemptsAndProgress() {
    CallListener listener = new OpenTelemetryCallListener(OpenTelemetry.noop());

    listener.onAttempt(throttled());
    listener.onBulkProgress(new BulkProgress("restart phones", BulkProgress.Phase.DONE, 1, 1, 0, 0, 0, 1.0,
        Optional.empty()));
  }
}
