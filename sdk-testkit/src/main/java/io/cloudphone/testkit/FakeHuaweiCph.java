package io.cloudphone.testkit;

import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCphClientBuilder;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.testkit.internal.FaultInjector;
import io.cloudphone.testkit.internal.LoopbackServer;
import io.cloudphone.testkit.internal.RecordingRequestLog;
import io.cloudphone.testkit.internal.huawei.CphAccount;
import io.cloudphone.testkit.internal.huawei.CphDispatcher;
import io.cloudphone.testkit.internal.huawei.CphStatuses;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An in-process fake of Huawei Cloud Phone Host on 127.0.0.1, for tests and demos.
 *
 * <p>It answers every operation of {@link HuaweiCphClient} with CPH's paths, JSON shapes, status codes and
 * {@code CPS.xxxx} errors, and keeps state across calls where a user's code does: servers (bought on the system
 * or a custom network or as single servers, rebuilt, changed to another flavor, renamed, restarted, deleted),
 * phones (listing, detail, rename, restart/reset/stop, properties, data export/import, migration, traffic,
 * connection info, volume expansion), ADB commands and jobs, bandwidths, encode servers, custom images and their
 * members, share files and share apps, tags, scheduled events and key pairs. Listings page with
 * {@code offset}/{@code limit} (or {@code marker}, where CPH does). Jobs and status changes (a bought server
 * creating then running, a deleted one going away, a phone restarting then running) follow the fleet's
 * {@link Fleet#jobDuration()} of fake time. Orders are paid at once unless {@link #orderPayment(OrderPayment)}
 * says otherwise. A path CPH does not have answers the API gateway's {@code APIGW.0101} (404). Like the
 * API gateway it checks SDK-HMAC-SHA256 signatures by {@link #credentials()}, dated within 15 minutes of its
 * clock, or IAM tokens it issued itself ({@code /v3/auth/tokens} for {@link #iamPassword()}); errors come back
 * as {@code {error_code, error_msg, request_id}} with CPH's codes ({@code APIGW.0301}, {@code CPS.0005}, ...).
 *
 * <pre>{@code
 * try (FakeHuaweiCph fake = FakeHuaweiCph.start()) {
 *   HuaweiCphClient cph = fake.client();
 *   cph.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(1));
 * }
 * }</pre>
 */
public final class FakeHuaweiCph implements CloudPhoneFake<HuaweiCphClient> {
  private final CphAccount account = CphAccount.test();
  private final Fleet fleet;
  private final FakeTime time;
  private final RecordingRequestLog log = new RecordingRequestLog();
  private volatile FaultInjector faults;
  private final CphDispatcher dispatcher;
  private final LoopbackServer server;
  private HuaweiCphClient client;

  private FakeHuaweiCph(Fleet fleet, FaultPlan plan, FakeTime time) {
    this.fleet = Objects.requireNonNull(fleet, "fleet");
    this.time = Objects.requireNonNull(time, "time");
    this.faults = new FaultInjector(plan);
    this.dispatcher = new CphDispatcher(account, fleet, time, log, () -> faults);
    this.server = LoopbackServer.start(dispatcher);
  }

  /** Starts a fake with the default fleet (2 servers × 5 running phones), no faults, on virtual time. */
  public static FakeHuaweiCph start() {
    return start(Fleet.defaults());
  }

  /** Starts a fake seeded with {@code fleet}, no faults, on virtual time. */
  public static FakeHuaweiCph start(Fleet fleet) {
    return start(fleet, FaultPlan.none(), FakeTime.virtual());
  }

  /**
   * Starts a fake.
   *
   * @throws IllegalArgumentException when the fleet asks for a status CPH does not have
   * @throws java.io.UncheckedIOException when no port on 127.0.0.1 could be bound
   */
  public static FakeHuaweiCph start(Fleet fleet, FaultPlan faults, FakeTime time) {
    return new FakeHuaweiCph(fleet, faults, time);
  }

  @Override
  public Provider provider() {
    return Provider.HUAWEI;
  }

  @Override
  public URI endpoint() {
    return server.endpoint();
  }

  @Override
  public AccessKeyCredentials credentials() {
    return AccessKeyCredentials.of(account.accessKeyId(), account.secretAccessKey());
  }

  /** IAM password credentials of the fake's test user, for clients that authenticate with tokens. */
  public CredentialsProvider iamPassword() {
    return HuaweiCredentials.iamPassword(account.domainName(), account.userName(), account.password());
  }

  /** The fake's project id, which every CPS path must name. */
  public String projectId() {
    return account.projectId();
  }

  /** The fake's region ({@code cn-east-3}), whose IAM project is {@link #projectId()}. */
  public String region() {
    return account.region();
  }

  /**
   * A builder configured for this fake: region, project id, endpoint (for CPS and IAM), AK/SK credentials and the
   * fake's clock. Change what a test needs (retry policy, credentials, timeouts) before {@code build()}.
   */
  public HuaweiCphClientBuilder clientBuilder() {
    return HuaweiCphClient.builder().region(account.region()).projectId(account.projectId())
        .endpointOverride(endpoint()).iamEndpointOverride(endpoint())
        .credentialsProvider(StaticCredentialsProvider.of(credentials())).clock(time.clock());
  }

  @Override
  public synchronized HuaweiCphClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
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
    return dispatcher.serverIds();
  }

  @Override
  public List<String> phoneIds() {
    return dispatcher.phoneIds();
  }

  /**
   * A phone's status now, in neutral terms.
   *
   * @throws IllegalArgumentException when the fake has no such phone
   */
  public PhoneStatus phoneStatus(String phoneId) {
    return CphStatuses.phoneStatus(dispatcher.phoneStatus(phoneId)
        .orElseThrow(() -> new IllegalArgumentException("no phone " + phoneId)));
  }

  /** Ids of the custom images: the project's own private image first, then one shared with it by another account. */
  public List<String> imageIds() {
    return dispatcher.imageIds();
  }

  /** Ids of the shared bandwidths (one is seeded; every server uses it). */
  public List<String> bandwidthIds() {
    return dispatcher.bandwidthIds();
  }

  /** Ids of the encode servers (one per server). */
  public List<String> encodeServerIds() {
    return dispatcher.encodeServerIds();
  }

  /** Ids of the scheduled events (one inquiring maintenance event is seeded on the first server). */
  public List<String> scheduledEventIds() {
    return dispatcher.scheduledEventIds();
  }

  /** Names of the key pairs a server may use ({@code testkit-keypair} and {@code testkit-keypair-2}). */
  public List<String> keypairNames() {
    return dispatcher.keypairNames();
  }

  /** The operations the fake serves, by the names its request log uses. */
  public List<String> operations() {
    return dispatcher.operations();
  }

  /** How later orders (server purchases, flavor changes) are paid; {@link OrderPayment#COMPLETED} by default. */
  public void orderPayment(OrderPayment payment) {
    dispatcher.orderPayment(Objects.requireNonNull(payment, "payment").name());
  }

  /** Pays the orders placed while payment was {@link OrderPayment#PENDING}, creating what they bought. */
  public List<String> payPendingOrders() {
    return dispatcher.payPendingOrders();
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

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeHuaweiCph[" + endpoint() + ", " + fleet.servers() + " servers x " + fleet.phonesPerServer()
        + " phones]";
  }
}
