package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters whose value is a JSON object written as text ({@code DeviceMeta}, {@code RunConfig.ExtraParams}): the
 * models hold a {@code Map}, and these write it as one JSON string and read it back from one, so that callers
 * never escape JSON inside JSON by hand.
 */
final class JsonObjectText {
  /** Plain mapper for the embedded text: map keys are the caller's, never renamed by the wire naming strategy. */
  private static final ObjectMapper TEXT = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private JsonObjectText() {}

  /** Writes the map as a JSON string holding its JSON text. */
  static final class Writer extends StdSerializer<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Writer() {
      super((Class) Map.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Map<String, Object> value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(Map<String, Object> value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(TEXT.writeValueAsString(value));
    }
  }

  /** Reads a JSON string holding a JSON object (or, leniently, an inline object) into a map. */
  static final class Reader extends StdDeserializer<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Map.class);
    }

    @Override
    public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        return TEXT.readValue(parser, MAP);
      }
      String text = parser.getValueAsString();
      if (text == null || text.isBlank()) {
        return Map.of();
      }
      try {
        return TEXT.readValue(text, MAP);
      } catch (JsonProcessingException e) {
        return context.reportInputMismatch(this, "%s is not the text of a JSON object", parser.currentName());
      }
    }

    @Override
    public Map<String, Object> getNullValue(DeserializationContext context) {
      return Map.of();
    }
  }
}
