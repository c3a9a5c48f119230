package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Writes a list of ids as one comma-separated string: a few agent operations (RefreshAuthTokens,
 * DescribeEdgeMobileAgentPackages) take {@code InstanceIds=a,b} rather than the usual {@code InstanceIds.1=a}.
 * An empty list counts as empty, so with {@code NON_EMPTY} inclusion nothing is sent.
 */
final class CommaSeparatedSerializer extends StdSerializer<List<String>> {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings({"unchecked", "rawtypes"})
  CommaSeparatedSerializer() {
    super((Class) List.class);
  }

  /** Rejects an id that holds a comma: the service would split it into two ids. */
  static void checkNoCommas(String field, List<String> ids) {
    for (String id : ids) {
      if (id.indexOf(',') >= 0) {
        throw new IllegalArgumentException(field + " are sent comma-joined, so an id may not contain a comma");
      }
    }
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, List<String> value) {
    return value == null || value.isEmpty();
  }

  @Override
  public void serialize(List<String> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeString(String.join(",", value));
  }
}
