package io.cloudphone.testkit.internal.alibaba;

import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.internal.FaultInjector;
import io.cloudphone.testkit.internal.RecordingRequestLog;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;

/** The fake eds-aic service behind {@code FakeAlibabaCloudPhone}: its state and the dispatcher that serves it. */
public final class AlibabaBackend {
  private final AlibabaWorld world;
  private final FakeTime time;
  private final AlibabaDispatcher dispatcher;

  /**
   * A service seeded from {@code fleet} that accepts only {@code keys}.
   *
   * @param faults the fault injector in force (the fake may swap it)
   */
  public AlibabaBackend(Fleet fleet, String regionId, FakeTime time, AccessKeyCredentials keys,
      RecordingRequestLog log, Supplier<FaultInjector> faults) {
    this.time = time;
    this.world = new AlibabaWorld(fleet, regionId, time.now(),
        (id, name) -> faults.get().failsPhone(id, name));
    AlibabaGate gate = new AlibabaGate(id -> id.equals(keys.accessKeyId()) ? keys.secretAccessKey() : null);
    this.dispatcher = new AlibabaDispatcher(world, gate, log, time, faults);
  }

  /** The dispatcher to serve with. */
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** Node ids, in fleet order. */
  public List<String> nodeIds() {
    synchronized (world) {
      return List.copyOf(world.nodes.keySet());
    }
  }

  /** Instance ids, in fleet order. */
  public List<String> instanceIds() {
    synchronized (world) {
      return List.copyOf(world.instances.keySet());
    }
  }

  /** The instance's raw {@code AndroidInstanceStatus} now. */
  public String instanceStatus(String instanceId) {
    synchronized (world) {
      return instance(instanceId).status(time.now());
    }
  }

  /** Sets an instance's raw status at once, ending any transition under way. */
  public void instanceStatus(String instanceId, String rawStatus) {
    Objects.requireNonNull(rawStatus, "rawStatus");
    synchronized (world) {
      instance(instanceId).force(rawStatus, time.now());
    }
  }

  /** The instance's current name. */
  public String instanceName(String instanceId) {
    synchronized (world) {
      return instance(instanceId).name;
    }
  }

  /** How orders (buying, renewing, changing paid resources) are settled from now on. */
  public void orderPayment(io.cloudphone.testkit.OrderPayment payment) {
    world.payment = Objects.requireNonNull(payment, "payment");
  }

  /** What RunCommand prints: {@code (instanceId, command) -> output}. */
  public void shell(BiFunction<String, String, String> responder) {
    world.shell = Objects.requireNonNull(responder, "responder");
  }

  private AlibabaInstance instance(String instanceId) {
    AlibabaInstance instance = world.instances.get(instanceId);
    if (instance == null) {
      throw new IllegalArgumentException("no Android instance " + instanceId + " in this fake; it has "
          + world.instances.keySet());
    }
    return instance;
  }
}
