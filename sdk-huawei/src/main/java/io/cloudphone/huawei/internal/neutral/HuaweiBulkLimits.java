package io.cloudphone.huawei.internal.neutral;

/**
 * Batch sizes and default request rates of the CPH bulk operations, in one place with their sources. CPH
 * documents a per-call cap only for some operations; where it documents none, the SDK uses 100, the cap CPH
 * documents for its other batch calls ({@code servers/batch-restart}: 1 to 100 server ids; {@code phones-traffic}:
 * at most 100 phone ids), which also keeps one request's jobs on one {@code ListJobs} page of 100.
 */
final class HuaweiBulkLimits {
  /** RestartCloudPhoneServer: "the number of server IDs ranges from 1 to 100" (current API reference). */
  static final int SERVER_RESTART_BATCH = 100;

  /** Restart, reset, stop, start: CPH documents no cap on {@code phones}/{@code phone_ids}; see the class note. */
  static final int PHONE_BATCH = 100;

  /** ADB commands on {@code /phones/commands}: no documented cap on {@code phone_ids}; see the class note. */
  static final int COMMAND_BATCH = 100;

  /** ListCloudPhones and ListCloudPhoneServers: page size 1 to 100. */
  static final int LIST_PAGE = 100;

  /** ListJobs: "a maximum of 20 request IDs are allowed". */
  static final int LIST_JOBS_REQUEST_IDS = 20;

  /** ListJobs: page size 1 to 100. */
  static final int LIST_JOBS_PAGE = 100;

  /**
   * Default pace of lifecycle batch calls. CPH publishes no rate limit for them; 10 calls a second (up to 1,000
   * phones a second) stays well clear of API Gateway throttling, and throttled calls are retried anyway.
   */
  static final double LIFECYCLE_RATE = 10.0;

  /**
   * Default pace of ADB command calls: CPH warns that batch ADB commands on one server block the phones' other
   * tasks, so commands go out more slowly than lifecycle calls.
   */
  static final double COMMAND_RATE = 2.0;

  /** Calls in flight at once while polling jobs or reading them one by one. */
  static final int POLL_CONCURRENCY = 8;

  private HuaweiBulkLimits() {}
}
