package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What an operation answered: HTTP status, JSON body, and whether the fault plan's failing phones were involved.
 * Its factories are the one place answer bodies get their common fields ({@code request_id}, {@code count},
 * per-item {@code error_code}/{@code error_msg}).
 */
record CphOutcome(int status, ObjectNode body, boolean failingPhone) {

  /** A 200 answer. */
  static CphOutcome ok(ObjectNode body) {
    return new CphOutcome(200, body, false);
  }

  /** A 200 answer holding only the request id, as CPS answers most changes. */
  static CphOutcome done(CphRequest request) {
    return ok(submitted(request));
  }

  /** An answer body starting with the request id. */
  static ObjectNode submitted(CphRequest request) {
    return CphJson.JSON.createObjectNode().put("request_id", request.requestId);
  }

  /** Marks one batch item as refused with {@code error}. */
  static void itemError(ObjectNode item, CphError error) {
    item.put("error_code", error.code).put("error_msg", error.getMessage());
  }

  /**
   * One page of {@code all} under {@code field}, with {@code count} (the total), by the request's
   * {@code offset}/{@code limit} query (limit 1 to {@code maxLimit}, default {@code maxLimit}).
   */
  static CphOutcome page(CphRequest request, String field, List<ObjectNode> all, int maxLimit) {
    int offset = request.intQuery("offset", 0, 0, Integer.MAX_VALUE, CphError.offsetOrLimit());
    int limit = request.intQuery("limit", maxLimit, 1, maxLimit, CphError.offsetOrLimit());
    ObjectNode answer = submitted(request).put("count", all.size());
    answer.putArray(field).addAll(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    return ok(answer);
  }

  /**
   * One page of {@code all} under {@code field} by the request's {@code marker}/{@code limit} query: the marker
   * is the id after which the page starts ({@code idField} of each item), and {@code page_info.next_marker} names
   * the last item when more follow.
   */
  static CphOutcome markerPage(CphRequest request, String field, List<ObjectNode> all, String idField,
      int maxLimit) {
    int limit = request.intQuery("limit", maxLimit, 1, maxLimit, CphError.offsetOrLimit());
    int start = 0;
    if (request.query("marker").isPresent()) {
      String marker = request.query("marker").get();
      start = -1;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).path(idField).asText().equals(marker)) {
          start = i + 1;
        }
      }
      if (start < 0) {
        throw CphError.badRequest("CPS.0002", "Parameter: marker is invalid.");
      }
    }
    List<ObjectNode> page = all.subList(Math.min(start, all.size()), Math.min(all.size(), start + limit));
    ObjectNode answer = submitted(request).put("count", all.size());
    answer.putArray(field).addAll(page);
    if (start + limit < all.size() && !page.isEmpty()) {
      answer.putObject("page_info").put("next_marker", page.get(page.size() - 1).path(idField).asText());
    } else {
      answer.putObject("page_info").putNull("next_marker");
    }
    return ok(answer);
  }
}
