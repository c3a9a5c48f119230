package io.cloudphone.examples;

import io.cloudphone.core.PhoneStatus;
import io.cloudphone.testkit.CloudPhoneFake;
import io.cloudphone.testkit.FakeAlibabaCloudPhone;
import io.cloudphone.testkit.FakeHuaweiCph;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.FaultPlan;
import io.cloudphone.testkit.Fleet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Both embedded fakes seeded with the demo fleet: 3 servers of 8 phones ({@code demo-phone-01-01} ...), phone 6
 * of each server stopped, {@value #FAILING_PHONE} set up to fail whatever it is asked to do, and jobs that take
 * 1.5 s of real time, so a progress bar has something to show. With {@code -Dcloudphone.examples.time=virtual}
 * the fakes run on virtual time instead and every wait passes at once (for tests).
 */
public final class DemoFakes implements AutoCloseable {
  /** The system property that chooses the fakes' time: {@code real} (the default) or {@code virtual}. */
  public static final String TIME_PROPERTY = "cloudphone.examples.time";
  /** The demo phone whose jobs always fail. */
  public static final String FAILING_PHONE = "demo-phone-01-03";
  /** The demo fleet. */
  public static final Fleet FLEET = Fleet.builder().namePrefix("demo").servers(3).phonesPerServer(8)
      .phoneStatuses(phoneStatuses()).jobDuration(Duration.ofMillis(1500)).build();

  private final FakeHuaweiCph huawei;
  private final FakeAlibabaCloudPhone alibaba;

  private DemoFakes(FakeHuaweiCph huawei, FakeAlibabaCloudPhone alibaba) {
    this.huawei = huawei;
    this.alibaba = alibaba;
  }

  /** Starts both fakes on 127.0.0.1, on the time {@value #TIME_PROPERTY} asks for. */
  public static DemoFakes start() {
    return start(timeMode());
  }

  /** Starts both fakes on 127.0.0.1 on {@code mode} time; close them after use. */
  public static DemoFakes start(FakeTime.Mode mode) {
    FaultPlan faults = FaultPlan.builder().failingPhones(FAILING_PHONE).build();
    FakeHuaweiCph huawei = FakeHuaweiCph.start(FLEET, faults, FakeTime.of(mode));
    try {
      return new DemoFakes(huawei, FakeAlibabaCloudPhone.start(FLEET, faults, FakeTime.of(mode)));
    } catch (RuntimeException e) {
      huawei.close();
      throw e;
    }
  }

  /**
   * The time mode {@value #TIME_PROPERTY} names; real when it is unset.
   *
   * @throws ConfigurationException when it names neither {@code real} nor {@code virtual}
   */
  public static FakeTime.Mode timeMode() {
    String value = System.getProperty(TIME_PROPERTY, "real").trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "real" -> FakeTime.Mode.REAL;
      case "virtual" -> FakeTime.Mode.VIRTUAL;
      default -> throw new ConfigurationException(TIME_PROPERTY + " must be real or virtual but was " + value);
    };
  }

  /** The Huawei CPH fake. */
  public FakeHuaweiCph huawei() {
    return huawei;
  }

  /** The Alibaba Cloud Phone fake. */
  public FakeAlibabaCloudPhone alibaba() {
    return alibaba;
  }

  /** Both fakes, Huawei first. */
  public List<CloudPhoneFake<?>> all() {
    return List.of(huawei, alibaba);
  }

  /** One line saying what {@code fake} is, e.g. {@code embedded fake at http://127.0.0.1:47327 (3 servers ...)}. */
  public static String describe(CloudPhoneFake<?> fake) {
    Fleet fleet = fake.fleet();
    return "embedded fake at " + fake.endpoint() + " (" + fleet.servers() + " servers x " + fleet.phonesPerServer()
        + " phones, jobs take " + fleet.jobDuration().toMillis() + " ms"
        + (fake.time().isVirtual() ? " of virtual time" : "") + ")";
  }

  /** Stops both fakes. */
  @Override
  public void close() {
    try {
      huawei.close();
    } finally {
      alibaba.close();
    }
  }

  private static List<PhoneStatus> phoneStatuses() {
    List<PhoneStatus> perServer = new ArrayList<>(Collections.nCopies(8, PhoneStatus.RUNNING));
    perServer.set(5, PhoneStatus.STOPPED); // phone 6 of every server
    return perServer;
  }
}
