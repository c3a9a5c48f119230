package io.cloudphone.core.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check every endpoint the SDK talks to passes (CPH, IAM, Alibaba; overridden or derived from the
 * region): an {@code https} URL with a host and nothing after it, or {@code http} to a literal loopback address
 * or exactly {@code localhost} unless the user opted in to plain HTTP. Refusals name the setting and the reason
 * and never quote user info, which may hold a password.
 */
public final class Endpoints {
  /** A dotted-quad IPv4 address in 127.0.0.0/8, each part without leading zeros (which some stacks read as octal). */
  private static final Pattern LOOPBACK_V4 =
      Pattern.compile("127\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

  private Endpoints() {}

  /**
   * Returns {@code endpoint} if it may be used for {@code setting}.
   *
   * @throws IllegalArgumentException naming {@code setting} and what is wrong with the endpoint
   * @throws NullPointerException when {@code endpoint} is null
   */
  public static URI check(URI endpoint, boolean allowPlainHttp, String setting) {
    Validate.notNull(setting, endpoint);
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw refused(setting, endpoint, "must use the https scheme"
          + (scheme.isEmpty() ? " (it has no scheme)" : ", not " + scheme));
    }
    if (endpoint.isOpaque() || endpoint.getHost() == null) {
      throw refused(setting, endpoint, "has no host (or one that is not a valid host name)");
    }
    if (endpoint.getRawUserInfo() != null) {
      throw refused(setting, endpoint, "must not carry user info: put credentials in a credentials provider");
    }
    String path = endpoint.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      throw refused(setting, endpoint, "must not have a path (" + path + "): give only scheme, host and port");
    }
    if (endpoint.getRawQuery() != null) {
      throw refused(setting, endpoint, "must not have a query: give only scheme, host and port");
    }
    if (endpoint.getRawFragment() != null) {
      throw refused(setting, endpoint, "must not have a fragment: give only scheme, host and port");
    }
    if (scheme.equals("http") && !allowPlainHttp && !isLiteralLoopback(endpoint.getHost())) {
      throw refused(setting, endpoint, "uses plain HTTP to a host that is not a literal loopback address"
          + " (127.x.x.x, [::1] or localhost), so requests and credentials would travel unencrypted; use https,"
          + " or call allowPlainHttp(true) if that is intended");
    }
    return endpoint;
  }

  /** Whether {@code host} is written as a loopback address or is exactly {@code localhost}: no name lookup. */
  static boolean isLiteralLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    Matcher v4 = LOOPBACK_V4.matcher(host);
    if (v4.matches()) {
      for (int group = 1; group <= 3; group++) {
        if (Integer.parseInt(v4.group(group)) > 255) {
          return false;
        }
      }
      return true;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      try {
        // A bracketed IPv6 literal is parsed, never looked up.
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  private static IllegalArgumentException refused(String setting, URI endpoint, String reason) {
    return new IllegalArgumentException(setting + " " + describe(endpoint) + " " + reason);
  }

  /** Scheme, host and port only: user info may be a password, and the query may hold anything. */
  private static String describe(URI endpoint) {
    if (endpoint.getScheme() == null || endpoint.isOpaque()) {
      return "(not an absolute URL)";
    }
    String host = endpoint.getHost() == null ? "" : endpoint.getHost();
    return endpoint.getScheme() + "://" + host + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
  }
}
