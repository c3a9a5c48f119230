package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated builder calls read exactly what Jackson's reflective calls read (lenient values included),
 * fail the same way, and really replace the reflective calls.
 */
class BuilderAccessModuleTest {
  private static final String LENIENT = "{\"name\":12,\"size\":\"7\",\"big_number\":\"12345678901\","
      + "\"on\":\"true\",\"required\":\"r\",\"tags\":\"solo\",\"unknown\":{\"x\":1}}";
  private static final String PLAIN = "{\"name\":\"n\",\"size\":7,\"big_number\":12345678901,"
      + "\"on\":false,\"required\":\"r\",\"tags\":[\"a\",\"b\"]}";
  private static final String NULLS = "{\"name\":null,\"size\":null,\"big_number\":null,\"on\":null,"
      + "\"required\":\"r\",\"tags\":[]}";

  private final ObjectMapper fast = JsonMappers.create(PropertyNamingStrategies.SNAKE_CASE, MethodHandles.lookup());
  private final ObjectMapper reflective = JsonMappers.create(PropertyNamingStrategies.SNAKE_CASE);

  @ParameterizedTest
  @ValueSource(strings = {LENIENT, PLAIN, NULLS, "{\"required\":\"r\"}"})
  void readsWhatReflectionReads(String text) throws Exception {
    Sample viaFast = fast.readValue(text, Sample.class);
    Sample viaReflection = reflective.readValue(text, Sample.class);
    assertThat(viaFast).isEqualTo(viaReflection);
  }

  @Test
  void lenientValues() throws Exception {
    Sample sample = fast.readValue(LENIENT, Sample.class);
    assertThat(sample.name).hasValue("12");
    assertThat(sample.size).hasValue(7);
    assertThat(sample.bigNumber).hasValue(12345678901L);
    assertThat(sample.on).hasValue(true);
    assertThat(sample.tags).containsExactly("solo");
    assertThat(fast.readValue(NULLS, Sample.class).name).isEmpty();
  }

  @Test
  void usesTheGeneratedCalls() throws Exception {
    Sample viaFast = fast.readValue(PLAIN, Sample.class);
    assertThat(viaFast.builtByFactory).isTrue();
    assertThat(viaFast.setterCallers).allMatch(caller -> caller.contains("FastSetterProperty"));
    Sample viaReflection = reflective.readValue(PLAIN, Sample.class);
    assertThat(viaReflection.builtByFactory).isFalse();
    assertThat(viaReflection.setterCallers).noneMatch(caller -> caller.contains("FastSetterProperty"));
  }

  @Test
  void aFailingSetterIsReportedAsJacksonReportsIt() {
    String text = "{\"required\":null}";
    assertThatThrownBy(() -> reflective.readValue(text, Sample.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("required");
    assertThatThrownBy(() -> fast.readValue(text, Sample.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("required");
  }

  @Test
  void aLookupWithoutFullPrivilegeIsRefused() {
    assertThatThrownBy(() -> new BuilderAccessModule(MethodHandles.publicLookup()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Shaped like an Immutables value: a private builder constructor, a public factory, chained setters. */
  @JsonDeserialize(builder = Sample.Builder.class)
  static final class Sample {
    final Optional<String> name;
    final Optional<Integer> size;
    final Optional<Long> bigNumber;
    final Optional<Boolean> on;
    final String required;
    final List<String> tags;
    final transient boolean builtByFactory;
    final transient List<String> setterCallers;

    private Sample(Builder builder) {
      this.name = builder.name;
      this.size = builder.size;
      this.bigNumber = builder.bigNumber;
      this.on = builder.on;
      this.required = Objects.requireNonNull(builder.required, "required");
      this.tags = List.copyOf(builder.tags);
      this.builtByFactory = builder.byFactory;
      this.setterCallers = builder.callers;
    }

    public static Builder builder() {
      Builder builder = new Builder();
      builder.byFactory = true;
      return builder;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Sample that && name.equals(that.name) && size.equals(that.size)
          && bigNumber.equals(that.bigNumber) && on.equals(that.on) && required.equals(that.required)
          && tags.equals(that.tags);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, size, bigNumber, on, required, tags);
    }

    @Override
    public String toString() {
      return "Sample" + Arrays.asList(name, size, bigNumber, on, required, tags);
    }

    public static final class Builder {
      private Optional<String> name = Optional.empty();
      private Optional<Integer> size = Optional.empty();
      private Optional<Long> bigNumber = Optional.empty();
      private Optional<Boolean> on = Optional.empty();
      private String required;
      private final List<String> tags = new ArrayList<>();
      private boolean byFactory;
      private final List<String> callers = new ArrayList<>();

      private Builder() {}

      private Builder called() {
        StackTraceElement caller = new Throwable().getStackTrace()[2];
        callers.add(caller.getClassName());
        return this;
      }

      @JsonProperty("name")
      public Builder name(Optional<String> value) {
        name = Objects.requireNonNull(value, "name");
        return called();
      }

      @JsonProperty("size")
      public Builder size(Optional<Integer> value) {
        size = Objects.requireNonNull(value, "size");
        return called();
      }

      @JsonProperty("bigNumber")
      public Builder bigNumber(Optional<Long> value) {
        bigNumber = Objects.requireNonNull(value, "bigNumber");
        return called();
      }

      @JsonProperty("on")
      public Builder on(Optional<Boolean> value) {
        on = Objects.requireNonNull(value, "on");
        return called();
      }

      @JsonProperty("required")
      public Builder required(String value) {
        required = Objects.requireNonNull(value, "required");
        return called();
      }

      @JsonProperty("tags")
      public Builder tags(List<String> values) {
        tags.addAll(values);
        return called();
      }

      public Sample build() {
        return new Sample(this);
      }
    }
  }
}
