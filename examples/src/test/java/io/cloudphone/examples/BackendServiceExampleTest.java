package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The backend-service example against the embedded fakes (virtual time): it serves, restarts and shuts down. */
@Timeout(60)
class BackendServiceExampleTest {
  @Test
  void run_onTheFakes_readsConcurrentlyRestartsBoundedAndStopsCleanly() {
    Console console = new Console();

    int code = BackendServiceExample.run(Map.of(), console.out, console.err);

    assertThat(code).as(console.err()).isZero();
    assertThat(console.err()).isEmpty();
    assertThat(console.out())
        .startsWith("Service started on Huawei CPH: embedded fake at http://127.0.0.1:")
        .contains("50 phone reads in flight together on one shared client, 50 answered; provider statuses seen: ")
        .contains("restart phones: 5 succeeded, 1 failed (6 phones, 2 a request, at most 2 requests in flight)")
        .endsWith("Service stopping: closing the embedded fakes" + System.lineSeparator());
  }

  @Test
  void run_realProviderWithoutChanges_isReadOnly_andMissingCredentialsExit2() {
    Console console = new Console();

    int code = BackendServiceExample.run(Map.of("CLOUDPHONE_PROVIDER", "huawei"), console.out, console.err);

    assertThat(code).isEqualTo(Quickstart.USAGE);
    assertThat(console.err()).contains("HUAWEICLOUD_SDK_AK").contains("HUAWEICLOUD_SDK_SK");
  }
}
