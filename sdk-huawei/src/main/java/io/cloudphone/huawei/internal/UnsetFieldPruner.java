package io.cloudphone.huawei.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leaves out of a request what the caller did not set: nulls, empty lists and maps, and objects left with no
 * field, at every depth, as Huawei's own SDK leaves out unset fields. The immutable models cannot tell an
 * explicitly empty list from an unset one, so an empty list is taken as unset; strings are values and stay, even
 * when empty. Items of a list are kept as given.
 *
 * <p>A property whose empty value means something to the service (a tag filter's {@code values}, where an empty
 * list matches any value) says so with {@code @JsonInclude(JsonInclude.Include.ALWAYS)} and is kept.
 */
final class UnsetFieldPruner {
  private final ObjectMapper json;
  private final Map<JavaType, Map<String, JavaType>> keptTypes = new ConcurrentHashMap<>();
  private final Map<JavaType, Map<String, JavaType>> prunedTypes = new ConcurrentHashMap<>();

  UnsetFieldPruner(ObjectMapper json) {
    this.json = json;
  }

  /** Prunes {@code body}, the tree of a request of {@code type}, in place. */
  void prune(ObjectNode body, Class<?> type) {
    pruneObject(body, json.constructType(type));
  }

  /** True when {@code node} is empty after pruning, so that its parent should drop it. */
  private boolean prune(JsonNode node, JavaType type) {
    if (node.isObject()) {
      return pruneObject((ObjectNode) node, type);
    }
    if (node.isArray()) {
      JavaType element = type == null ? null : type.getContentType();
      node.forEach(item -> prune(item, element));
      return node.isEmpty();
    }
    return false;
  }

  private boolean pruneObject(ObjectNode object, JavaType type) {
    Map<String, JavaType> kept = type == null ? Map.of() : properties(type, true);
    Map<String, JavaType> others = type == null ? Map.of() : properties(type, false);
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode child = object.get(name);
      boolean keepEmpty = kept.containsKey(name);
      JavaType childType = keepEmpty ? kept.get(name) : others.getOrDefault(name, mapContent(type));
      if (child.isNull() || prune(child, childType) && !keepEmpty) {
        object.remove(name);
      }
    }
    return object.isEmpty();
  }

  private static JavaType mapContent(JavaType type) {
    return type != null && type.isMapLikeType() ? type.getContentType() : null;
  }

  /** The bean properties of {@code type} that keep (or do not keep) an empty value, with their value types. */
  private Map<String, JavaType> properties(JavaType type, boolean keepEmpty) {
    if (type.isContainerType() || type.isJavaLangObject() || type.getRawClass().getName().startsWith("java.")) {
      return Map.of();
    }
    Map<JavaType, Map<String, JavaType>> cache = keepEmpty ? keptTypes : prunedTypes;
    return cache.computeIfAbsent(type, t -> {
      SerializationConfig config = json.getSerializationConfig();
      BeanDescription description = config.introspect(t);
      Map<String, JavaType> result = new HashMap<>();
      for (BeanPropertyDefinition property : description.findProperties()) {
        JsonInclude.Value inclusion = property.findInclusion();
        boolean always = inclusion != null && inclusion.getValueInclusion() == JsonInclude.Include.ALWAYS;
        if (always == keepEmpty) {
          result.put(property.getName(), valueType(property.getPrimaryType()));
        }
      }
      return Map.copyOf(result);
    });
  }

  /** The type of what is written: the content of an {@code Optional}, otherwise the declared type. */
  private static JavaType valueType(JavaType declared) {
    return declared.getRawClass() == Optional.class ? declared.containedType(0) : declared;
  }
}
