package io.cloudphone.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;

/** Writes an {@link Instant} as ISO-8601 UTC, the form both providers accept. */
final class InstantSerializer extends StdScalarSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  InstantSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeString(value.toString());
  }
}
