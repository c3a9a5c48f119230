package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.Phones;
import io.cloudphone.core.Servers;
import io.cloudphone.core.internal.AdaptiveRateLimiter;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.huawei.HuaweiCphClient;
import java.util.Optional;

/** The neutral servers, phones and jobs of one Huawei client, built once and sharing one bulk engine. */
public final class HuaweiNeutralApi {
  /** How many job-to-request links a client remembers for {@code ListJobs} polling (about 10 MB at most). */
  private static final int REMEMBERED_JOBS = 100_000;

  private final Servers servers;
  private final Phones phones;
  private final Jobs jobs;

  /**
   * The neutral API over {@code client}, pacing and polling on {@code clock} under the client's {@code limiter},
   * telling {@code events} of bulk progress, stamping models with {@code region}.
   */
  public HuaweiNeutralApi(HuaweiCphClient client, Clock clock, CallListener events, AdaptiveRateLimiter limiter,
      Optional<String> region) {
    BulkEngine engine = new BulkEngine(clock, events, limiter);
    JobRequestIndex index = new JobRequestIndex(REMEMBERED_JOBS);
    HuaweiJobFetcher fetcher = new HuaweiJobFetcher(client.async(), index);
    this.servers = new HuaweiServers(client, engine, index, fetcher, new HuaweiServerMapper(region));
    this.phones = new HuaweiPhones(client, engine, index, fetcher, new HuaweiPhoneMapper(region));
    this.jobs = new HuaweiJobs(client, engine, fetcher);
  }

  /** Cloud phone servers. */
  public Servers servers() {
    return servers;
  }

  /** Cloud phones. */
  public Phones phones() {
    return phones;
  }

  /** Jobs. */
  public Jobs jobs() {
    return jobs;
  }
}
