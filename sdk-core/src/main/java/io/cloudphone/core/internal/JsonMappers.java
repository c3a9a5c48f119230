package io.cloudphone.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.invoke.MethodHandles;
import java.time.Instant;

/** Builds the one Jackson configuration each provider uses, differing only in the wire naming strategy. */
public final class JsonMappers {
  private JsonMappers() {}

  /**
   * A mapper that ignores unknown fields, accepts numbers where strings are documented (and the reverse),
   * reads and writes {@link Instant} leniently, and omits absent values when writing.
   */
  public static ObjectMapper create(PropertyNamingStrategy naming) {
    return builder(naming).build();
  }

  /**
   * The same mapper, reading the immutable models of the module that {@code models} belongs to through generated
   * calls of their builder setters rather than reflection ({@code models} must be that module's own full-privilege
   * lookup, {@code MethodHandles.lookup()} in any of its classes).
   */
  public static ObjectMapper create(PropertyNamingStrategy naming, MethodHandles.Lookup models) {
    return builder(naming).addModule(new BuilderAccessModule(models)).build();
  }

  private static JsonMapper.Builder builder(PropertyNamingStrategy naming) {
    SimpleModule time = new SimpleModule("cloudphone-time")
        .addDeserializer(Instant.class, new LenientInstantDeserializer())
        .addSerializer(Instant.class, new InstantSerializer());
    return JsonMapper.builder()
        .addModule(new OptionalModule())
        .addModule(time)
        .propertyNamingStrategy(naming)
        // Immutables writes explicit property names; let the naming strategy rename them anyway.
        .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT);
  }
}
