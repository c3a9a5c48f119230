package io.cloudphone.testkit;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Provider;
import io.cloudphone.core.auth.AccessKeyCredentials;
import java.net.URI;
import java.util.List;

/**
 * An in-process fake of one provider's service: an HTTP server on 127.0.0.1, seeded from a {@link Fleet}, that
 * speaks the provider's wire format, checks signatures and timestamps, runs jobs on its {@link FakeTime}, injects
 * the faults of its {@link FaultPlan} and records every request in its {@link RequestLog}. Close it after use.
 *
 * <p>Implementations ({@link FakeHuaweiCph}, {@code FakeAlibabaCloudPhone}) also offer static
 * {@code start(...)} factories and a typed {@code clientBuilder()}.
 *
 * @param <C> the provider's typed client
 */
public interface CloudPhoneFake<C extends CloudPhoneClient> extends AutoCloseable {
  /** The provider this fake imitates. */
  Provider provider();

  /** The base URI to give a client as its endpoint override, {@code http://127.0.0.1:<port>}. */
  URI endpoint();

  /** The only access key the fake accepts. */
  AccessKeyCredentials credentials();

  /** A client configured for this fake (endpoint, credentials, the fake's clock), built once and shared. */
  C client();

  /** The fake's clock. */
  FakeTime time();

  /** What the fake was seeded with. */
  Fleet fleet();

  /** Ids of the servers (Huawei servers, Alibaba nodes), in fleet order. */
  List<String> serverIds();

  /** Ids of the phones (Huawei phones, Alibaba instances), in fleet order. */
  List<String> phoneIds();

  /** Every request received so far. */
  RequestLog requestLog();

  /** The fault plan in force. */
  FaultPlan faultPlan();

  /** Replaces the fault plan for the requests still to come (its draws start afresh). */
  void faultPlan(FaultPlan plan);

  /** Stops the server; later calls fail to connect. */
  @Override
  void close();
}
