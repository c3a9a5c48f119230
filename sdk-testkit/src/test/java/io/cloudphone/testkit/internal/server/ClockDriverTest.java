package io.cloudphone.testkit.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The sped-up clock of a fake run as a server, stepped by hand instead of by its ticker thread. */
class ClockDriverTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final List<Duration> advances = new ArrayList<>();

  @Test
  void tick_speedTen_movesTenTimesTheRealTimeSinceTheLastStep() {
    ClockDriver driver = new ClockDriver(10, advances::add, nanos::get);

    nanos.addAndGet(Duration.ofMillis(10).toNanos());
    driver.tick();
    nanos.addAndGet(Duration.ofMillis(15).toNanos());
    driver.tick();

    assertThat(advances).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
  }

  @Test
  void tick_slowerThanRealTime_carriesFractionsOfANanosecond() {
    ClockDriver driver = new ClockDriver(0.25, advances::add, nanos::get);

    nanos.addAndGet(3);
    driver.tick();
    nanos.addAndGet(1);
    driver.tick();

    assertThat(advances).containsExactly(Duration.ofNanos(1));
  }

  @Test
  void start_zeroSpeed_refused() {
    assertThatThrownBy(() -> ClockDriver.start(0, advances::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
  }
}
