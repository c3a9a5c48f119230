package io.cloudphone.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  @Test
  void render_showsBarCountsRateAndTimeLeft() {
    String line = ConsoleProgress.render(new BulkProgress("restart phones", BulkProgress.Phase.SUBMITTING,
        10_000, 4_990, 10, 200, 0, 812.5, Optional.of(Duration.ofSeconds(75))));
    assertThat(line).isEqualTo("restart phones [###############...............] 5000/10000 ok 4990 failed 10"
        + " in flight 200 812.5/s ~1m15s left submitting");
  }
}
