package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.internal.Operation;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Unset is absent" for every Alibaba operation: each operation constant declared in the {@code *Operations}
 * classes (found by reflection, so operations added later are covered without listing them) is called through the
 * typed client with only its mandatory attributes set to dummy values, and the request that reaches the server must
 * carry nothing else: no empty value, no {@code null} text, no {@code []} or {@code {}}, and inside JSON-string
 * parameters no null or empty container either.
 *
 * <p>Where a request's own check needs a non-empty list (for example {@code DescribeMetricLast.MetricNames}), the
 * lists of that request are given one dummy element each and the same rules apply.
 */
class UnsetIsAbsentOperationsTest extends AlibabaWireTest {
  private static final String OPERATIONS_PACKAGE = "io.cloudphone.alibaba.internal.operations";

  /** Parameters every signed V1 call carries, whatever the operation. */
  private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId",
      "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken",
      "RegionId");

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> operations() {
    List<Operation<?, ?>> found = declaredOperations();
    return found.stream().map(op -> Arguments.of(op.name(), op));
  }

  @Test
  void operations_foundByReflection_coverAtLeastTheFirstSixtyEight() {
    assertThat(declaredOperations()).hasSizeGreaterThanOrEqualTo(68);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_onlyMandatoryAttributesSet_nothingElseAndNothingEmptyOnTheWire(String name, Operation<?, ?> operation)
      throws Exception {
    RequestFill fill = build(operation.requestType());
    enqueueJson(200, "{}");

    clientMethod(operation).invoke(client, fill.request());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo(operation.name());
    Set<String> allowed = new HashSet<>(fill.wireNames());
    allowed.addAll(COMMON);
    allowed.addAll(operation.fixedParams().keySet());
    for (Map.Entry<String, String> param : sent.params().entrySet()) {
      String key = param.getKey();
      String value = param.getValue();
      assertThat(key).as(name + " parameter name").doesNotEndWith(".").doesNotContain("..").doesNotContain("null");
      assertThat(allowed).as(name + ": " + key + " was sent but not set").contains(key.split("\\.", 2)[0]);
      assertThat(value).as(name + " " + key).isNotEmpty().isNotEqualTo("null").isNotEqualTo("[]").isNotEqualTo("{}");
      if (operation.jsonStringParams().contains(key)) {
        assertNoEmptyJson(name + " " + key, JSON.readTree(value));
      }
    }
  }

  private static void assertNoEmptyJson(String where, JsonNode node) {
    assertThat(node.isNull()).as(where + " holds null").isFalse();
    if (node.isContainerNode()) {
      assertThat(node.isEmpty()).as(where + " holds an empty container").isFalse();
      node.fields().forEachRemaining(f -> assertNoEmptyJson(where + "." + f.getKey(), f.getValue()));
      if (node.isArray()) {
        node.forEach(element -> assertNoEmptyJson(where + "[]", element));
      }
    }
  }

  // ------------------------------------------------------------------------------------------ reflection

  /** Every public static {@link Operation} field of the classes in the operations package. */
  private static List<Operation<?, ?>> declaredOperations() {
    List<Operation<?, ?>> operations = new ArrayList<>();
    for (Class<?> type : operationClasses()) {
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Operation.class.isAssignableFrom(field.getType())) {
          try {
            operations.add((Operation<?, ?>) field.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(field.getName(), e);
          }
        }
      }
    }
    operations.sort(Comparator.comparing(Operation::name));
    return operations;
  }

  private static List<Class<?>> operationClasses() {
    String path = OPERATIONS_PACKAGE.replace('.', '/');
    URL url = UnsetIsAbsentOperationsTest.class.getClassLoader().getResource(path);
    assertThat(url).as("operations package on the class path").isNotNull();
    assertThat(url.getProtocol()).as("operations package read from a directory").isEqualTo("file");
    File[] files;
    try {
      files = new File(url.toURI()).listFiles((dir, file) -> file.endsWith("Operations.class"));
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (File file : files) {
      String simple = file.getName().substring(0, file.getName().length() - ".class".length());
      try {
        classes.add(Class.forName(OPERATIONS_PACKAGE + "." + simple));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    return classes;
  }

  private static Method clientMethod(Operation<?, ?> operation) throws NoSuchMethodException {
    String name = Character.toLowerCase(operation.name().charAt(0)) + operation.name().substring(1);
    return AlibabaCloudPhoneClient.class.getMethod(name, operation.requestType());
  }

  /** A built request and the wire names of the attributes that were set. */
  private record RequestFill(Object request, Set<String> wireNames) {}

  /** Builds {@code type} with its mandatory attributes only; if its own check wants more, lists get one element. */
  private static RequestFill build(Class<?> type) throws Exception {
    try {
      return build(type, false);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        return build(type, true);
      }
      throw e;
    }
  }

  private static RequestFill build(Class<?> type, boolean fillLists) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    Set<String> wireNames = new HashSet<>();
    for (Method attribute : attributes(type)) {
      Type valueType = attribute.getGenericReturnType();
      Class<?> raw = rawType(valueType);
      boolean mandatory = raw != Optional.class && !Collection.class.isAssignableFrom(raw)
          && !Map.class.isAssignableFrom(raw);
      boolean list = List.class.isAssignableFrom(raw);
      if (!mandatory && !(fillLists && list)) {
        continue;
      }
      Object value = list ? List.of(dummy(elementType(valueType))) : dummy(valueType);
      Method setter = setter(builder.getClass(), attribute.getName(), list ? Iterable.class : raw);
      setter.invoke(builder, value);
      wireNames.add(wireName(attribute));
    }
    Object request = builder.getClass().getMethod("build").invoke(builder);
    return new RequestFill(request, wireNames);
  }

  /** The abstract accessors of the package-private definition the immutable type was generated from. */
  private static List<Method> attributes(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method method : type.getSuperclass().getDeclaredMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
        out.add(method);
      }
    }
    out.sort(Comparator.comparing(Method::getName));
    return out;
  }

  private static String wireName(Method attribute) {
    JsonProperty renamed = attribute.getAnnotation(JsonProperty.class);
    if (renamed != null && !renamed.value().isEmpty()) {
      return renamed.value();
    }
    return Character.toUpperCase(attribute.getName().charAt(0)) + attribute.getName().substring(1);
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

  /** A plausible non-empty value of {@code type}. */
  private static Object dummy(Type type) throws Exception {
    Class<?> raw = rawType(type);
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
      return NOW;
    } else if (raw == Duration.class) {
      return Duration.ofSeconds(1);
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    } else if (raw == Map.class) {
      return Map.of("k", "v");
    } else if (JsonNode.class.isAssignableFrom(raw)) {
      return JSON.createObjectNode().put("k", "v");
    }
    try {
      raw.getMethod("builder");
    } catch (NoSuchMethodException e) {
      fail("no dummy value for " + type);
    }
    return build(raw).request();
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return (Class<?>) ((ParameterizedType) type).getRawType();
  }

  private static Type elementType(Type listType) {
    return ((ParameterizedType) listType).getActualTypeArguments()[0];
  }
}
