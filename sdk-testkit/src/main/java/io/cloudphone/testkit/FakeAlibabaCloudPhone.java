package io.cloudphone.testkit;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCloudPhoneClientBuilder;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import io.cloudphone.testkit.internal.FaultInjector;
import io.cloudphone.testkit.internal.LoopbackServer;
import io.cloudphone.testkit.internal.RecordingRequestLog;
import io.cloudphone.testkit.internal.alibaba.AlibabaBackend;
import io.cloudphone.testkit.internal.alibaba.AlibabaStatuses;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * An in-process fake of Alibaba Cloud Phone (eds-aic 2023-09-30) on 127.0.0.1: every call is {@code POST /},
 * signed with ACS3-HMAC-SHA256 (Action in the {@code x-acs-action} header) or RPC signature V1 (Action in the
 * query), answered in eds-aic's JSON.
 *
 * <p>It serves DescribeCloudPhoneNodes, DescribeAndroidInstances (NextToken paging, filters), Start/Stop/
 * RebootAndroidInstancesInGroup/ResetAndroidInstancesInGroup (instances pass through STARTING, STOPPING,
 * REBOOTING, RESETTING for the fleet's job duration), ModifyAndroidInstance (rename), RunCommand with
 * DescribeInvocations (output per instance), InstallApp and SendFile with DescribeTasks. Like the real gateway it
 * refuses a bad signature (SignatureDoesNotMatch, IncompleteSignature), an unknown key (InvalidAccessKeyId.NotFound),
 * a timestamp more than 15 minutes from its clock (IllegalTimestamp), a reused nonce (SignatureNonceUsed),
 * missing or bad parameters (MissingParameter, InvalidParameter) and documented limits exceeded (RunCommand on
 * more than 50 instances), each with {@code {RequestId, HostId, Code, Message, Recommend}}.
 *
 * <pre>{@code
 * try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(Fleet.defaults())) {
 *   AlibabaCloudPhoneClient ecp = fake.client();
 *   ecp.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(1));
 * }
 * }</pre>
 *
 * <p>Nodes are {@code cpn-fake000000001}, ..., instances {@code acp-fake001001} (node 1, instance 1), ...,
 * instance groups (one per node) {@code ag-fake000000001}, ...; names come from the {@link Fleet}.
 */
public final class FakeAlibabaCloudPhone implements CloudPhoneFake<AlibabaCloudPhoneClient> {
  /** The region the fake claims to be; clients built by {@link #clientBuilder()} use it. */
  public static final String REGION_ID = "cn-shanghai";

  private static final AccessKeyCredentials KEYS =
      AccessKeyCredentials.of("LTAI5tFakeAccessKeyId01", "FakeAccessKeySecretForTestsOnly0");

  private final Fleet fleet;
  private final FakeTime time;
  private final RecordingRequestLog log = new RecordingRequestLog();
  private volatile FaultInjector faults;
  private final AlibabaBackend backend;
  private final LoopbackServer server;
  private volatile AlibabaCloudPhoneClient client;

  private FakeAlibabaCloudPhone(Fleet fleet, FakeTime time, FaultPlan plan) {
    this.fleet = Objects.requireNonNull(fleet, "fleet");
    this.time = Objects.requireNonNull(time, "time");
    this.faults = new FaultInjector(plan);
    this.backend = new AlibabaBackend(fleet, REGION_ID, time, KEYS, log, () -> faults);
    this.server = LoopbackServer.start(backend.dispatcher());
  }

  /** Starts a fake with the default fleet (2 nodes × 5 running instances) on virtual time, without faults. */
  public static FakeAlibabaCloudPhone start() {
    return start(Fleet.defaults());
  }

  /** Starts a fake seeded with {@code fleet}, on virtual time, without faults. */
  public static FakeAlibabaCloudPhone start(Fleet fleet) {
    return start(fleet, FaultPlan.none(), FakeTime.virtual());
  }

  /**
   * Starts a fake seeded with {@code fleet}, injecting the faults of {@code faults}, on {@code time}.
   *
   * @throws IllegalArgumentException when the fleet asks for a status eds-aic does not have (a FROZEN phone, a
   *     STOPPED node)
   * @throws java.io.UncheckedIOException when no port on 127.0.0.1 could be bound
   */
  public static FakeAlibabaCloudPhone start(Fleet fleet, FaultPlan faults, FakeTime time) {
    return new FakeAlibabaCloudPhone(fleet, time, Objects.requireNonNull(faults, "faults"));
  }

  @Override
  public Provider provider() {
    return Provider.ALIBABA;
  }

  @Override
  public URI endpoint() {
    return server.endpoint();
  }

  @Override
  public AccessKeyCredentials credentials() {
    return KEYS;
  }

  /**
   * A builder configured for this fake: its endpoint, region, credentials and clock (the default ACS3 signing;
   * switch with {@code signatureVersion}); change anything else before building.
   */
  public AlibabaCloudPhoneClientBuilder clientBuilder() {
    return AlibabaCloudPhoneClient.builder().regionId(REGION_ID).endpointOverride(endpoint())
        .credentialsProvider(StaticCredentialsProvider.of(KEYS)).clock(time.clock());
  }

  @Override
  public AlibabaCloudPhoneClient client() {
    AlibabaCloudPhoneClient built = client;
    if (built == null) {
      synchronized (this) {
        if (client == null) {
          client = clientBuilder().build();
        }
        built = client;
      }
    }
    return built;
  }

  @Override
  public FakeTime time() {
    return time;
  }

  @Override
  public Fleet fleet() {
    return fleet;
  }

  @Override
  public List<String> serverIds() {
    return backend.nodeIds();
  }

  @Override
  public List<String> phoneIds() {
    return backend.instanceIds();
  }

  @Override
  public RequestLog requestLog() {
    return log;
  }

  @Override
  public FaultPlan faultPlan() {
    return faults.plan();
  }

  @Override
  public void faultPlan(FaultPlan plan) {
    this.faults = new FaultInjector(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * An instance's status now, in neutral terms.
   *
   * @throws IllegalArgumentException when the fake has no such instance
   */
  public PhoneStatus phoneStatus(String instanceId) {
    return AlibabaStatuses.phoneStatus(backend.instanceStatus(instanceId));
  }

  /**
   * An instance's raw {@code AndroidInstanceStatus} now, e.g. {@code REBOOTING}.
   *
   * @throws IllegalArgumentException when the fake has no such instance
   */
  public String rawPhoneStatus(String instanceId) {
    return backend.instanceStatus(instanceId);
  }

  /**
   * Puts an instance in a raw status at once (e.g. {@code STOPPED}, {@code UNAVAILABLE}), ending any transition
   * under way, to arrange a test.
   *
   * @throws IllegalArgumentException when the fake has no such instance
   */
  public void rawPhoneStatus(String instanceId, String rawStatus) {
    backend.instanceStatus(instanceId, rawStatus);
  }

  /**
   * An instance's current name.
   *
   * @throws IllegalArgumentException when the fake has no such instance
   */
  public String phoneName(String instanceId) {
    return backend.instanceName(instanceId);
  }

  /**
   * Decides what RunCommand prints on each instance: {@code (instanceId, command) -> output}, always successful.
   * By default the testkit's small imitation of the phone's shell answers ({@code echo}, {@code getprop},
   * {@code pm list packages}, ...; an unknown command fails as on the phone).
   */
  public void shell(BiFunction<String, String, String> responder) {
    backend.shell(responder);
  }

  /**
   * How orders placed by buying, renewing and changing paid resources are settled from now on: {@link
   * OrderPayment#COMPLETED} (the default) completes them at once, {@link OrderPayment#PENDING} returns an order id but
   * changes nothing, {@link OrderPayment#FAILED} answers {@code InsufficientBalance}.
   */
  public void orderPayment(OrderPayment payment) {
    backend.orderPayment(payment);
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeAlibabaCloudPhone[" + endpoint() + ", " + fleet.servers() + " nodes × " + fleet.phonesPerServer()
        + " instances, " + time + "]";
  }
}
