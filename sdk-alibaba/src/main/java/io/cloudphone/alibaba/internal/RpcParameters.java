package io.cloudphone.alibaba.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * A request's operation parameters split as the operation declares: query string and form body, each
 * sorted by name (the order RPC signing wants).
 *
 * @param query parameters for the query string
 * @param form parameters for the form-encoded body
 */
public record RpcParameters(TreeMap<String, String> query, TreeMap<String, String> form) {
  /** Both maps together, as the V1 signature covers them. */
  public TreeMap<String, String> all() {
    TreeMap<String, String> all = new TreeMap<>(query);
    all.putAll(form);
    return all;
  }

  /** Whether the request has a form body. */
  public boolean hasForm() {
    return !form.isEmpty();
  }

  /** Reads a parameter from either place. */
  public String get(String name) {
    String value = query.get(name);
    return value != null ? value : form.get(name);
  }

  @Override
  public String toString() {
    return "RpcParameters" + Map.of("query", query.keySet(), "form", form.keySet());
  }
}
