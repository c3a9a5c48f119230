package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.PhoneStatus;
import io.cloudphone.testkit.internal.FaultInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FaultPlan and Fleet checks, and the injector's determinism. */
class FaultPlanTest {
  @Test
  void rates_outsideZeroToOne_orAddingUpAboveOne_areRefused() {
    assertThatThrownBy(() -> FaultPlan.builder().throttleRate(1.5).build())
        .hasMessageContaining("throttleRate");
    assertThatThrownBy(() -> FaultPlan.builder().throttleRate(0.6).serverErrorRate(0.6).build())
        .hasMessageContaining("must not exceed 1");
    assertThatThrownBy(() -> FaultPlan.builder().latency(Duration.ofMillis(-1)).build())
        .hasMessageContaining("latency");
    assertThat(FaultPlan.none().isEmpty()).isTrue();
  }

  @Test
  void injector_drawsFromSeedAndRequest_notFromArrivalOrder() {
    FaultPlan plan = FaultPlan.builder().throttleRate(0.5).seed(3).build();
    FaultInjector first = new FaultInjector(plan);
    FaultInjector second = new FaultInjector(plan);
    List<Optional<Fault>> forward = new ArrayList<>();
    List<Optional<Fault>> backward = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      forward.add(first.requestFault("Op", "target-" + i));
    }
    for (int i = 19; i >= 0; i--) {
      backward.add(0, second.requestFault("Op", "target-" + i));
    }

    assertThat(forward).isEqualTo(backward).contains(Optional.of(Fault.THROTTLED), Optional.empty());
  }

  @Test
  void injector_failingPhones_byIdOrName() {
    FaultInjector injector = new FaultInjector(FaultPlan.builder().failingPhones("id-1", "name-2").build());

    assertThat(injector.failsPhone("id-1", "x")).isTrue();
    assertThat(injector.failsPhone("y", "name-2")).isTrue();
    assertThat(injector.failsPhone("id-3", "name-3")).isFalse();
  }

  @Test
  void fleet_defaultsAndNames() {
    Fleet fleet = Fleet.defaults();

    assertThat(fleet.phoneCount()).isEqualTo(10);
    assertThat(fleet.serverName(0)).isEqualTo("test-server-01");
    assertThat(fleet.phoneName(1, 4)).isEqualTo("test-phone-02-05");
    assertThat(Fleet.builder().addPhoneStatuses(PhoneStatus.RUNNING, PhoneStatus.STOPPED).build().phoneStatus(3))
        .isEqualTo(PhoneStatus.STOPPED);
    assertThatThrownBy(() -> Fleet.builder().namePrefix("bad prefix").build()).hasMessageContaining("namePrefix");
  }
}
