package io.cloudphone.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The one OkHttpClient every SDK client in the JVM derives from with {@code newBuilder()}, so all share one
 * connection pool and dispatcher; its threads are daemons and it is never closed.
 *
 * <p>OkHttp runs an asynchronous call as blocking I/O on a dispatcher thread, which it holds from the first byte
 * sent to the last byte read, so the honest bound is on threads: at most {@link #MAX_THREADS} daemon threads
 * named {@code cloudphone-http-N}, and as many calls on the wire at once. The dispatcher admits no more calls
 * than there are threads, so further calls wait in its queue holding no thread (10,000 calls in flight still
 * use 64 threads). Idle threads end after a minute. The price of the bound: code that blocks one of these threads
 * waiting for another asynchronous SDK call (a {@code join()} in a callback) can starve the calls it waits for,
 * so the SDK's own callbacks never block, and the README tells users the same.
 *
 * <p>TLS is prepared only when an HTTPS call needs it: building an OkHttpClient that may speak TLS loads the
 * platform's trust store and SSL context at once (about half of a client's build time), which a plain-HTTP
 * endpoint (the fakes, a local proxy) never uses. So {@link #base()} speaks plain HTTP only, and
 * {@link #forUrl(OkHttpClient, HttpUrl)} swaps a client derived from it for its TLS twin, built once per JVM on
 * the first HTTPS call, sharing the same pool and dispatcher.
 */
public final class SharedHttpClient {
  /** The most threads (and so the most asynchronous calls on the wire at once) of all SDK clients together. */
  public static final int MAX_THREADS = 64;

  private static final OkHttpClient BASE = create();

  private SharedHttpClient() {}

  /** The shared base client: plain HTTP only, see {@link #forUrl(OkHttpClient, HttpUrl)} for HTTPS. */
  public static OkHttpClient base() {
    return BASE;
  }

  /**
   * The client to send a request for {@code url} with: {@code http} itself, unless it is a plain-HTTP client
   * derived from {@link #base()} and {@code url} is HTTPS, then the same client (timeouts included) able to speak
   * TLS. A caller's own client is always returned as it is. Callers keep the answer rather than asking per call.
   */
  public static OkHttpClient forUrl(OkHttpClient http, HttpUrl url) {
    if (!url.isHttps() || http.dispatcher() != BASE.dispatcher() || http.connectionSpecs().stream()
        .anyMatch(ConnectionSpec::isTls)) {
      return http;
    }
    return withTimeouts(Tls.BASE, Duration.ofMillis(http.connectTimeoutMillis()),
        Duration.ofMillis(http.readTimeoutMillis()), Duration.ofMillis(http.callTimeoutMillis()));
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
    AtomicInteger numbers = new AtomicInteger();
    // A fixed pool with an unbounded queue: the dispatcher never submits more than MAX_THREADS calls, so the queue
    // only bridges the moment between a finishing call and the thread that runs the next one.
    ThreadPoolExecutor threads = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "cloudphone-http-" + numbers.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    threads.allowCoreThreadTimeOut(true);
    Dispatcher dispatcher = new Dispatcher(threads);
    // OkHttp's default of 5 calls per host would cap bulk operations far below the providers' limits; more than
    // MAX_THREADS would only park calls in the executor's queue instead of the dispatcher's.
    dispatcher.setMaxRequests(MAX_THREADS);
    dispatcher.setMaxRequestsPerHost(MAX_THREADS);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(MAX_THREADS, 5, TimeUnit.MINUTES))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
        .build();
  }

  /** The base able to speak TLS, built on first use (class initialisation is lazy and thread-safe). */
  private static final class Tls {
    static final OkHttpClient BASE = SharedHttpClient.BASE.newBuilder()
        .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
        .build();
  }
}
