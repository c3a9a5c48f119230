package io.cloudphone.testkit;

import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.ServerStatus;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a fake is seeded with: {@link #servers()} servers (Huawei) or nodes (Alibaba), each carrying
 * {@link #phonesPerServer()} phones, their initial statuses and names, and how long the jobs they run take.
 *
 * <p>Names are {@code <prefix>-server-01} and {@code <prefix>-phone-01-03} (server 1, phone 3, both counted
 * from 1); each fake derives its ids from the same positions, so a seeded fleet is identical on every run.
 */
@Value.Immutable
@CloudPhoneStyle
abstract class FleetDef {
  /** Number of servers (nodes); 2 by default. */
  @Value.Default
  public int servers() {
    return 2;
  }

  /** Phones (instances) on each server; 5 by default. */
  @Value.Default
  public int phonesPerServer() {
    return 5;
  }

  /** Prefix of every server and phone name; {@code "test"} by default. */
  @Value.Default
  public String namePrefix() {
    return "test";
  }

  /**
   * Initial phone statuses, cycled over the phones in fleet order ({@code [RUNNING, STOPPED]} makes every second
   * phone stopped); empty, the default, means every phone is running.
   */
  public abstract List<PhoneStatus> phoneStatuses();

  /** Initial status of every server; running by default. */
  @Value.Default
  public ServerStatus serverStatus() {
    return ServerStatus.RUNNING;
  }

  /** Fake time a job (restart, reset, stop, start, command, install, push) takes to finish; 3 s by default. */
  @Value.Default
  public Duration jobDuration() {
    return Duration.ofSeconds(3);
  }

  /** Total number of phones. */
  public final int phoneCount() {
    return servers() * phonesPerServer();
  }

  /** Name of the server at {@code serverIndex} (from 0). */
  public final String serverName(int serverIndex) {
    return String.format("%s-server-%02d", namePrefix(), serverIndex + 1);
  }

  /** Name of the phone at {@code phoneIndex} (from 0) on the server at {@code serverIndex} (from 0). */
  public final String phoneName(int serverIndex, int phoneIndex) {
    return String.format("%s-phone-%02d-%02d", namePrefix(), serverIndex + 1, phoneIndex + 1);
  }

  /** Initial status of the phone at {@code position} (from 0) in fleet order. */
  public final PhoneStatus phoneStatus(int position) {
    List<PhoneStatus> cycle = phoneStatuses();
    return cycle.isEmpty() ? PhoneStatus.RUNNING : cycle.get(position % cycle.size());
  }

  /** The default fleet: 2 servers × 5 running phones, 3 s jobs. */
  public static Fleet defaults() {
    return Fleet.builder().build();
  }

  @Value.Check
  void check() {
    if (servers() < 0 || phonesPerServer() < 0) {
      throw new IllegalArgumentException("servers and phonesPerServer must not be negative");
    }
    if (servers() > 999 || phonesPerServer() > 999) {
      throw new IllegalArgumentException("a fake holds at most 999 servers of at most 999 phones");
    }
    if (jobDuration().isNegative()) {
      throw new IllegalArgumentException("jobDuration must not be negative");
    }
    if (!namePrefix().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException("namePrefix must be 1-32 letters, digits, '-' or '_': " + namePrefix());
    }
  }
}
