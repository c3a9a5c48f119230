package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.model.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between Alibaba's tag lists and the neutral key-to-value map. */
final class AlibabaTags {
  private AlibabaTags() {}

  /** The tags as a map; an entry without a key is dropped, one without a value maps to the empty string. */
  static Map<String, String> toMap(List<Tag> tags) {
    Map<String, String> out = new LinkedHashMap<>();
    tags.forEach(tag -> tag.key().filter(key -> !key.isEmpty())
        .ifPresent(key -> out.put(key, tag.value().orElse(""))));
    return out;
  }

  /** The map as the tag list a request filters by, in the map's order. */
  static List<Tag> toList(Map<String, String> tags) {
    return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
  }
}
