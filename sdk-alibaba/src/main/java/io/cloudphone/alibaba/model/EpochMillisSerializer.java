package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;

/** Writes an {@link Instant} as epoch milliseconds, the form DescribeCreditDetail takes its time range in. */
final class EpochMillisSerializer extends StdScalarSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  EpochMillisSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeNumber(value.toEpochMilli());
  }
}
