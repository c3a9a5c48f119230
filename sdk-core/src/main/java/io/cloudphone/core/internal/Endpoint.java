package io.cloudphone.core.internal;

import java.net.URI;
import okhttp3.HttpUrl;

/** A service endpoint as requests need it: the base URL text and the Host header OkHttp will send. */
public final class Endpoint {
  private final String base;
  private final String hostHeader;
  private final HttpUrl root;

  private Endpoint(URI uri) {
    String text = uri.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    int port = uri.getPort();
    boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
        || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
    this.hostHeader = defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    this.root = HttpUrl.parse(base + "/");
  }

  /** The endpoint of {@code uri}. */
  public static Endpoint of(URI uri) {
    return new Endpoint(uri);
  }

  /** The base URL without a trailing slash. */
  public String base() {
    return base;
  }

  /**
   * The base URL with a trailing slash, parsed by OkHttp once so that requests need not parse the whole URL
   * again; null when OkHttp cannot parse it (a request to {@link #base()} then fails as it always did).
   */
  public HttpUrl root() {
    return root;
  }

  /** The Host header value (port only when not the scheme's default), which signatures cover. */
  public String hostHeader() {
    return hostHeader;
  }

  @Override
  public String toString() {
    return base;
  }
}
