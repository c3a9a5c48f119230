package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * NextToken paging as eds-aic does it: an opaque token (here Base64 of the listing and the offset) returned while
 * more entries follow and passed back verbatim; a token from another listing is refused.
 */
final class AlibabaPaging {
  private AlibabaPaging() {}

  /** One page: the entries from the token's offset, and the token of the page after it ("" on the last). */
  record Page<T>(List<T> items, String nextToken) {
    void writeTo(ArrayNode array, BiConsumer<T, ArrayNode> writer) {
      items.forEach(item -> writer.accept(item, array));
    }
  }

  /** The page of {@code all} that {@code call}'s NextToken and MaxResults select. */
  static <T> Page<T> page(AlibabaRpcCall call, String listing, List<T> all, int pageSize) {
    int offset = call.string("NextToken").map(token -> offset(listing, token)).orElse(0);
    int end = Math.min(all.size(), offset + pageSize);
    List<T> items = all.subList(Math.min(offset, all.size()), end);
    return new Page<>(List.copyOf(items), end < all.size() ? token(listing, end) : "");
  }

  /**
   * A NextToken-paged listing answer: {@code TotalCount}, {@code NextToken}, {@code MaxResults} and the page's
   * records (copied) under {@code arrayField}.
   */
  static com.fasterxml.jackson.databind.node.ObjectNode answer(AlibabaExchange ex, String listing,
      List<com.fasterxml.jackson.databind.node.ObjectNode> all, int fallbackSize, int maxSize, String arrayField) {
    int pageSize = ex.call.integer("MaxResults", 1, maxSize, fallbackSize);
    Page<com.fasterxml.jackson.databind.node.ObjectNode> page = page(ex.call, listing, all, pageSize);
    com.fasterxml.jackson.databind.node.ObjectNode out = AlibabaJsonOut.answer(ex.requestId)
        .put("TotalCount", all.size()).put("NextToken", page.nextToken()).put("MaxResults", pageSize);
    ArrayNode array = out.putArray(arrayField);
    page.items().forEach(record -> array.add(record.deepCopy()));
    return out;
  }

  private static String token(String listing, int offset) {
    return Base64.getEncoder().encodeToString((listing + ":" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String listing, String token) {
    try {
      String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(listing + ":")) {
        int offset = Integer.parseInt(text.substring(listing.length() + 1));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw AlibabaFault.invalid("NextToken", "not a token this listing returned");
  }
}
