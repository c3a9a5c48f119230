package io.cloudphone.huawei.internal;

import io.cloudphone.core.internal.Encoding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Canonical URI and query as SDK-HMAC-SHA256 defines them; the same text is what goes on the wire. */
public final class HuaweiCanonical {
  private static final Comparator<Map.Entry<String, String>> BY_KEY_THEN_VALUE =
      Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

  private HuaweiCanonical() {}

  /** Percent-encodes each raw path segment and ends the path in exactly one {@code /}. */
  public static String canonicalUri(List<String> rawSegments) {
    StringBuilder out = new StringBuilder(64);
    for (String segment : rawSegments) {
      out.append('/');
      Encoding.appendPercentEncoded(out, segment);
    }
    out.append('/');
    return out.toString();
  }

  /** The canonical form of an already encoded wire path: its segments are decoded and re-encoded. */
  public static String canonicalUriOfEncodedPath(String encodedPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : encodedPath.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(java.net.URLDecoder.decode(segment.replace("+", "%2B"),
            java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return canonicalUri(segments);
  }

  /** Sorts raw key/value pairs by key (then value) and joins them percent-encoded; {@code k=} for empty. */
  public static String canonicalQuery(List<Map.Entry<String, String>> rawPairs) {
    if (rawPairs.isEmpty()) {
      return "";
    }
    List<Map.Entry<String, String>> sorted = new ArrayList<>(rawPairs);
    sorted.sort(BY_KEY_THEN_VALUE);
    StringBuilder out = new StringBuilder(128);
    for (Map.Entry<String, String> pair : sorted) {
      if (out.length() > 0) {
        out.append('&');
      }
      Encoding.appendPercentEncoded(out, pair.getKey());
      out.append('=');
      Encoding.appendPercentEncoded(out, pair.getValue());
    }
    return out.toString();
  }
}
