package io.cloudphone.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds any Immutables request of the SDK by reflection: every mandatory attribute and every list gets a value,
 * taken from an override table by attribute name where the value must be valid (ids of the fake's seeded state),
 * and a plausible dummy otherwise. Optional attributes stay unset.
 */
final class RequestFiller {
  private final Function<String, Object> overrides;

  /** A filler that asks {@code overrides} first, by attribute name; null means "use a dummy". */
  RequestFiller(Function<String, Object> overrides) {
    this.overrides = overrides;
  }

  /** A built request of {@code type}. */
  Object build(Class<?> type) throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    for (Method attribute : attributes(type)) {
      Type valueType = attribute.getGenericReturnType();
      Class<?> raw = rawType(valueType);
      boolean list = List.class.isAssignableFrom(raw);
      if (raw == Optional.class || Map.class.isAssignableFrom(raw)
          || Collection.class.isAssignableFrom(raw) && !list) {
        continue;
      }
      Object value;
      if (list) {
        Type element = ((ParameterizedType) valueType).getActualTypeArguments()[0];
        Object chosen = rawType(element) == String.class ? overrides.apply(attribute.getName()) : null;
        value = chosen instanceof List<?> given ? given : List.of(chosen != null ? chosen : dummy(element,
            attribute.getName()));
      } else {
        value = dummy(valueType, attribute.getName());
      }
      setter(builder.getClass(), attribute.getName(), list ? Iterable.class : raw).invoke(builder, value);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** The abstract accessors of the package-private definition the immutable type was generated from. */
  private static List<Method> attributes(Class<?> type) {
    return List.of(type.getSuperclass().getDeclaredMethods()).stream()
        .filter(method -> Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0)
        .sorted(java.util.Comparator.comparing(Method::getName))
        .toList();
  }

  private static Method setter(Class<?> builder, String name, Class<?> parameter) throws NoSuchMethodException {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1
          && method.getParameterTypes()[0].isAssignableFrom(parameter)) {
        return method;
      }
    }
    throw new NoSuchMethodException(builder.getName() + "." + name + "(" + parameter.getSimpleName() + ")");
  }

  private Object dummy(Type type, String attribute) throws ReflectiveOperationException {
    Class<?> raw = rawType(type);
    Object chosen = overrides.apply(attribute);
    if (chosen != null && !(chosen instanceof List<?>) && wrap(raw).isInstance(chosen)) {
      return chosen;
    }
    if (raw == String.class) {
      return "dummy1";
    } else if (raw == Integer.class || raw == int.class) {
      return 1;
    } else if (raw == Long.class || raw == long.class) {
      return 1L;
    } else if (raw == Boolean.class || raw == boolean.class) {
      return true;
    } else if (raw == Double.class || raw == double.class) {
      return 1.0;
    } else if (raw == Instant.class) {
      return Instant.parse("2025-01-02T03:04:05Z");
    } else if (raw == Duration.class) {
      return Duration.ofSeconds(1);
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    } else if (JsonNode.class.isAssignableFrom(raw)) {
      return JsonNodeFactory.instance.objectNode().put("k", "v");
    }
    return build(raw);
  }

  private static Class<?> wrap(Class<?> raw) {
    if (raw == int.class) {
      return Integer.class;
    } else if (raw == long.class) {
      return Long.class;
    } else if (raw == boolean.class) {
      return Boolean.class;
    }
    return raw;
  }

  private static Class<?> rawType(Type type) {
    return type instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) type).getRawType();
  }
}
