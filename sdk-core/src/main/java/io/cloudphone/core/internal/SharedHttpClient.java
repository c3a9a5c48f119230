package io.cloudphone.core.internal;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one OkHttpClient every SDK client in the JVM derives from with {@code newBuilder()}, so all share one
 * connection pool and dispatcher; its threads are daemons and it is never closed.
 */
public final class SharedHttpClient {
  private static final OkHttpClient BASE = create();

  private SharedHttpClient() {}

  /** The shared base client. */
  public static OkHttpClient base() {
    return BASE;
  }

  /** A client sharing the base's pool and dispatcher with these timeouts. */
  public static OkHttpClient withTimeouts(
      OkHttpClient base, Duration connect, Duration read, Duration call) {
    return base.newBuilder()
        .connectTimeout(connect)
        .readTimeout(read)
        .writeTimeout(read)
        .callTimeout(call)
        .build();
  }

  private static OkHttpClient create() {
    ExecutorService threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "cloudphone-http");
          thread.setDaemon(true);
          return thread;
        });
    Dispatcher dispatcher = new Dispatcher(threads);
    // OkHttp's default of 5 calls per host would cap bulk operations far below the providers' limits.
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(128);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .build();
  }
}
