package io.cloudphone.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds any Immutables model of the SDK by reflection: every required attribute gets a value (from the
 * override table when it names the attribute, else a generic dummy), optional attributes only when the table
 * names them, and a list attribute only when the table names it or the model's own check refuses it empty. New
 * models and operations are covered without touching this class.
 */
final class ModelFiller {
  private final Function<String, Optional<Object>> overrides;

  /**
   * A filler taking values from {@code overrides}, asked first with {@code Model.attribute} and then with the
   * bare attribute name.
   */
  ModelFiller(Function<String, Optional<Object>> overrides) {
    this.overrides = overrides;
  }

  /** A built instance of the generated model {@code type}. */
  Object fill(Class<?> type) {
    List<Attribute> attributes = attributes(type);
    Set<String> filledLists = new HashSet<>();
    RuntimeException last = null;
    for (int attempt = 0; attempt <= attributes.size(); attempt++) {
      try {
        return build(type, attributes, filledLists);
      } catch (ReflectiveOperationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (!(cause instanceof RuntimeException refused)) {
          throw new IllegalStateException(cause);
        }
        last = refused;
        // The model's check named what it missed: fill that list and try again.
        Optional<Attribute> missing = attributes.stream().filter(a -> a.isList() && !filledLists.contains(a.name))
            .filter(a -> String.valueOf(refused.getMessage()).contains(a.wireName())).findFirst();
        if (missing.isEmpty()) {
          throw refused;
        }
        filledLists.add(missing.get().name);
      }
    }
    throw last;
  }

  private Object build(Class<?> type, List<Attribute> attributes, Set<String> filledLists)
      throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    for (Attribute attribute : attributes) {
      Optional<Object> override = overrides.apply(type.getSimpleName() + "." + attribute.name)
          .or(() -> overrides.apply(attribute.name));
      Object value;
      if (override.isPresent()) {
        value = override.get();
      } else if (attribute.isOptional() || (attribute.isList() && !filledLists.contains(attribute.name))) {
        continue;
      } else if (attribute.isList()) {
        value = List.of(dummy(attribute.element(), attribute.name));
      } else {
        value = dummy(attribute.raw(), attribute.name);
      }
      set(builder, attribute, value);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private Object dummy(Class<?> raw, String name) {
    if (raw == String.class) {
      return name.toLowerCase(Locale.ROOT) + "-conformance";
    }
    if (raw == int.class || raw == Integer.class) {
      return 1;
    }
    if (raw == long.class || raw == Long.class) {
      return 1L;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return false;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    return fill(raw);
  }

  private static void set(Object builder, Attribute attribute, Object value) throws ReflectiveOperationException {
    for (Method method : builder.getClass().getMethods()) {
      if (!method.getName().equals(attribute.name) || method.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      boolean fits = attribute.isList() ? Iterable.class.isAssignableFrom(parameter)
          : parameter != Optional.class && (parameter.isPrimitive() || parameter.isInstance(value));
      if (fits) {
        method.invoke(builder, value instanceof List<?> list && !attribute.isList() ? list.get(0) : value);
        return;
      }
    }
    throw new IllegalStateException("no builder method for " + attribute.name + " taking " + value);
  }

  /** The model's attributes: the abstract accessors of its {@code XxxDef} (or abstract {@code Xxx}) type. */
  private static List<Attribute> attributes(Class<?> type) {
    Class<?> definition;
    try {
      definition = Class.forName(type.getName() + "Def", false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      definition = type.getSuperclass();
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Method method : definition.getDeclaredMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
        attributes.add(new Attribute(method.getName(), method.getGenericReturnType()));
      }
    }
    attributes.sort(java.util.Comparator.comparing(a -> a.name));
    return attributes;
  }

  /** One model attribute: its accessor name and declared type. */
  private record Attribute(String name, Type type) {
    boolean isOptional() {
      return type instanceof ParameterizedType p && p.getRawType() == Optional.class;
    }

    boolean isList() {
      return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    Class<?> raw() {
      return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    Class<?> element() {
      return (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    String wireName() {
      return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
  }

  /** An override table from a map. */
  static Function<String, Optional<Object>> table(Map<String, Object> values) {
    return key -> Optional.ofNullable(values.get(key));
  }
}
