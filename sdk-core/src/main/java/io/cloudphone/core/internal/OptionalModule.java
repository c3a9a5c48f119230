package io.cloudphone.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * {@link Optional} support for Jackson, built on databind's own reference-type machinery so that
 * {@code NON_ABSENT} leaves empty optionals out. The models use {@code Optional<T>} only, so this replaces the
 * jackson-datatype-jdk8 jar and keeps the runtime dependencies to okhttp, jackson-databind and slf4j.
 */
final class OptionalModule extends Module {
  @Override
  public String getModuleName() {
    return "cloudphone-optional";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addTypeModifier(new OptionalTypeModifier());
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType type,
          BeanDescription description, TypeSerializer contentTypeSerializer,
          JsonSerializer<Object> contentSerializer) {
        if (!Optional.class.isAssignableFrom(type.getRawClass())) {
          return null;
        }
        boolean staticTyping = contentTypeSerializer == null && config.isEnabled(
            com.fasterxml.jackson.databind.MapperFeature.USE_STATIC_TYPING);
        return new OptionalSerializer(type, staticTyping, contentTypeSerializer, contentSerializer);
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
          BeanDescription description, TypeDeserializer contentTypeDeserializer,
          JsonDeserializer<?> contentDeserializer) {
        if (!type.hasRawClass(Optional.class)) {
          return null;
        }
        return OptionalDeserializer.of(type, null, contentTypeDeserializer, contentDeserializer);
      }
    });
  }

  /** Tells Jackson that {@code Optional<T>} is a reference to a {@code T}. */
  private static final class OptionalTypeModifier extends TypeModifier {
    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory factory) {
      if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
        return type;
      }
      return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
    }
  }

  /** Writes the contained value, or nothing at all when empty. */
  private static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalSerializer(ReferenceType type, boolean staticTyping, TypeSerializer typeSerializer,
        JsonSerializer<Object> serializer) {
      super(type, staticTyping, typeSerializer, serializer);
    }

    private OptionalSerializer(OptionalSerializer base, BeanProperty property, TypeSerializer typeSerializer,
        JsonSerializer<?> serializer, NameTransformer unwrapper, Object suppressable, boolean suppressNulls) {
      super(base, property, typeSerializer, serializer, unwrapper, suppressable, suppressNulls);
    }

    @Override
    protected ReferenceTypeSerializer<Optional<?>> withResolved(BeanProperty property,
        TypeSerializer typeSerializer, JsonSerializer<?> serializer, NameTransformer unwrapper) {
      return new OptionalSerializer(this, property, typeSerializer, serializer, unwrapper,
          _suppressableValue, _suppressNulls);
    }

    @Override
    public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressable, boolean suppressNulls) {
      return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
          suppressable, suppressNulls);
    }

    @Override
    protected boolean _isValuePresent(Optional<?> value) {
      return value.isPresent();
    }

    @Override
    protected Object _getReferenced(Optional<?> value) {
      return value.get();
    }

    @Override
    protected Object _getReferencedIfPresent(Optional<?> value) {
      return value.orElse(null);
    }
  }

  /** Reads the contained value; JSON null (and an absent field) is {@code Optional.empty()}. */
  private static class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(JavaType type, ValueInstantiator instantiator, TypeDeserializer typeDeserializer,
        JsonDeserializer<?> deserializer) {
      super(type, instantiator, typeDeserializer, deserializer);
    }

    /**
     * The deserializer for {@code type}: when the content is a String, Integer, Long or Boolean read by Jackson's
     * own deserializer, one that reads the usual token itself and leaves every other token (numbers as strings,
     * coercions, errors) to that deserializer.
     */
    static OptionalDeserializer of(JavaType type, ValueInstantiator instantiator,
        TypeDeserializer typeDeserializer, JsonDeserializer<?> deserializer) {
      if (instantiator == null && typeDeserializer == null && deserializer != null) {
        Class<?> reader = deserializer.getClass();
        if (reader == StringDeserializer.class) {
          return new OptionalStringDeserializer(type, deserializer);
        }
        if (reader == NumberDeserializers.IntegerDeserializer.class) {
          return new OptionalIntegerDeserializer(type, deserializer);
        }
        if (reader == NumberDeserializers.LongDeserializer.class) {
          return new OptionalLongDeserializer(type, deserializer);
        }
        if (reader == NumberDeserializers.BooleanDeserializer.class) {
          return new OptionalBooleanDeserializer(type, deserializer);
        }
      }
      return new OptionalDeserializer(type, instantiator, typeDeserializer, deserializer);
    }

    @Override
    protected ReferenceTypeDeserializer<Optional<?>> withResolved(TypeDeserializer typeDeserializer,
        JsonDeserializer<?> deserializer) {
      return of(_fullType, _valueInstantiator, typeDeserializer, deserializer);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }
  }

  /** {@code Optional<String>}: a JSON string is read here, anything else by Jackson's StringDeserializer. */
  private static final class OptionalStringDeserializer extends OptionalDeserializer {
    private static final long serialVersionUID = 1L;

    OptionalStringDeserializer(JavaType type, JsonDeserializer<?> deserializer) {
      super(type, null, null, deserializer);
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return Optional.of(p.getText());
      }
      return super.deserialize(p, context);
    }
  }

  /** {@code Optional<Integer>}: a JSON integer is read here, anything else by Jackson's IntegerDeserializer. */
  private static final class OptionalIntegerDeserializer extends OptionalDeserializer {
    private static final long serialVersionUID = 1L;

    OptionalIntegerDeserializer(JavaType type, JsonDeserializer<?> deserializer) {
      super(type, null, null, deserializer);
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return Optional.of(p.getIntValue());
      }
      return super.deserialize(p, context);
    }
  }

  /** {@code Optional<Long>}: a JSON integer is read here, anything else by Jackson's LongDeserializer. */
  private static final class OptionalLongDeserializer extends OptionalDeserializer {
    private static final long serialVersionUID = 1L;

    OptionalLongDeserializer(JavaType type, JsonDeserializer<?> deserializer) {
      super(type, null, null, deserializer);
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return Optional.of(p.getLongValue());
      }
      return super.deserialize(p, context);
    }
  }

  /** {@code Optional<Boolean>}: JSON true and false are read here, anything else by Jackson's BooleanDeserializer. */
  private static final class OptionalBooleanDeserializer extends OptionalDeserializer {
    private static final long serialVersionUID = 1L;
    private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
    private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

    OptionalBooleanDeserializer(JavaType type, JsonDeserializer<?> deserializer) {
      super(type, null, null, deserializer);
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return FALSE;
      }
      return super.deserialize(p, context);
    }
  }
}
