package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.internal.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, "nothing is sent that the user did not set": every Huawei operation, with its request built from the
 * required fields only, sends no {@code null}, no empty list and no empty object anywhere in the body, the query or
 * the path. Operations are found by reflection over {@code internal/operations/*Operations}, so a new operation is
 * covered without touching this test; required fields are filled with the first dummy value the request's own
 * checks accept.
 */
class UnsetIsAbsentTest extends HuaweiWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPERATIONS_PACKAGE = "io.cloudphone.huawei.internal.operations";

  static Stream<Operation<?, ?>> operations() {
    return declaredOperations().stream();
  }

  @Test
  void operations_foundByReflection_coverEveryOperationsClass() {
    assertThat(declaredOperations()).hasSizeGreaterThan(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_requiredFieldsOnly_noNullOrEmptyContainerOnTheWire(Operation<?, ?> operation) throws Exception {
    Object request = new DummyRequests().build(operation.requestType());
    Method call = clientMethod(operation);
    enqueueJson(200, "{}");

    try {
      call.invoke(client, request);
    } catch (InvocationTargetException e) {
      // The empty answer may not satisfy every response type; only the request matters here.
    }

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo(operation.method().name());
    assertNoEmptyPathSegmentOrNull(sent.encodedPath());
    assertNoEmptyQueryValue(sent);
    String body = sent.bodyText();
    if (!body.isEmpty()) {
      JsonNode root = JSON.readTree(body);
      assertThat(root.isObject()).as("body of %s is a JSON object", operation.name()).isTrue();
      root.fields().forEachRemaining(e -> assertNotEmpty(operation.name() + ": " + e.getKey(), e.getValue()));
    }
  }

  private static void assertNotEmpty(String where, JsonNode node) {
    assertThat(node.isNull()).as("%s is null", where).isFalse();
    if (node.isContainerNode()) {
      assertThat(node.isEmpty()).as("%s is an empty %s", where, node.isArray() ? "[]" : "{}").isFalse();
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> assertNotEmpty(where + "." + e.getKey(), e.getValue()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertNotEmpty(where + "[" + i + "]", node.get(i));
      }
    }
  }

  private static void assertNoEmptyPathSegmentOrNull(String encodedPath) {
    assertThat(encodedPath).doesNotContain("//").doesNotEndWith("/");
    for (String segment : encodedPath.substring(1).split("/")) {
      assertThat(segment).as("path segment of %s", encodedPath).isNotIn("null", "%5B%5D", "%7B%7D");
    }
  }

  private static void assertNoEmptyQueryValue(SentRequest sent) {
    HttpUrl url = sent.recorded().getUrl();
    for (String name : url.queryParameterNames()) {
      for (String value : url.queryParameterValues(name)) {
        assertThat(value).as("query parameter %s", name).isNotNull().isNotEmpty().isNotIn("null", "[]", "{}");
      }
    }
  }

  /** The typed client's method taking exactly this operation's request type and returning its response type. */
  private static Method clientMethod(Operation<?, ?> operation) {
    return Arrays.stream(HuaweiCphClient.class.getMethods())
        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == operation.requestType()
            && m.getReturnType() == operation.responseType())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no HuaweiCphClient method for " + operation.name()));
  }

  /** Every public static {@link Operation} field of every {@code *Operations} class next to the declarations. */
  static List<Operation<?, ?>> declaredOperations() {
    List<Operation<?, ?>> found = new ArrayList<>();
    for (Class<?> type : operationsClasses()) {
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Operation.class.isAssignableFrom(field.getType())) {
          try {
            found.add((Operation<?, ?>) field.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    found.sort(Comparator.comparing(Operation::name));
    return found;
  }

  private static List<Class<?>> operationsClasses() {
    try {
      Path classes = Path.of(HuaweiCphClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = classes.resolve(OPERATIONS_PACKAGE.replace('.', '/'));
      List<Class<?>> types = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith("Operations.class")) {
            types.add(Class.forName(OPERATIONS_PACKAGE + "." + name.substring(0, name.length() - 6)));
          }
        }
      }
      assertThat(types).as("*Operations classes in " + dir).isNotEmpty();
      return types;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Builds an immutable request (or nested model) with only its required attributes, each set to the first dummy
   * value that the model's own checks accept: a build that names a missing attribute sets it, a check that names
   * an attribute moves it to its next candidate (or, for an unset optional or empty list, sets it).
   */
  static final class DummyRequests {
    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^]]*)]");
    private static final Pattern ONE_OF = Pattern.compile("must be one of \\[([^,\\]]+)");
    private static final List<String> STRINGS = List.of("cph-1", "com.example.app", "/data/local/tmp/a.apk",
        "obs://bucket-1/dir/a.apk", "obs://bucket-1/dir/a.tar", "bucket-1", "5_bgp",
        "abcdef0123456789abcdef0123456789", "resource_name", "cloudphone", "x");
    private static final List<Long> NUMBERS = List.of(1L, 0L, 10L, 100L, 2L, 1700000000000L);
    private static final int MAX_ATTEMPTS = 80;

    Object build(Class<?> type) throws Exception {
      Map<String, Integer> candidate = new HashMap<>();
      Map<String, String> listed = new HashMap<>();
      String lastProblem = "";
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        Object builder = type.getMethod("builder").invoke(null);
        for (Map.Entry<String, Integer> attribute : candidate.entrySet()) {
          set(builder, attribute.getKey(), attribute.getValue(), listed.get(attribute.getKey()));
        }
        try {
          return builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
          String message = String.valueOf(e.getCause().getMessage());
          lastProblem = e.getCause().getClass().getSimpleName() + ": " + message;
          Matcher missing = MISSING.matcher(message);
          if (e.getCause() instanceof IllegalStateException && missing.find()) {
            for (String name : missing.group(1).split(",\\s*")) {
              candidate.putIfAbsent(name, 0);
            }
          } else if (e.getCause() instanceof IllegalArgumentException) {
            String named = namedAttribute(type, message);
            if (named == null) {
              break;
            }
            Matcher oneOf = ONE_OF.matcher(message);
            if (oneOf.find()) {
              // A documented value set: take its first value.
              listed.put(named, oneOf.group(1).trim());
              candidate.putIfAbsent(named, 0);
            } else {
              candidate.merge(named, 0, (old, zero) -> old + 1);
            }
          } else {
            break;
          }
        }
      }
      throw new AssertionError("cannot build " + type.getSimpleName() + " from dummy values: " + lastProblem);
    }

    /** The attribute whose wire name appears first in a check's message. */
    private static String namedAttribute(Class<?> type, String message) {
      String best = null;
      int bestAt = Integer.MAX_VALUE;
      for (Method accessor : type.getMethods()) {
        if (accessor.getParameterCount() != 0 || accessor.getDeclaringClass() == Object.class) {
          continue;
        }
        int at = message.indexOf(snake(accessor.getName()));
        if (at >= 0 && (at < bestAt || at == bestAt && accessor.getName().length() > best.length())) {
          best = accessor.getName();
          bestAt = at;
        }
      }
      return best;
    }

    private void set(Object builder, String attribute, int index, String listed) throws Exception {
      Method accessor = builder.getClass().getEnclosingClass().getMethod(attribute);
      Class<?> raw = accessor.getReturnType();
      if (listed != null) {
        Method setter = setter(builder, attribute);
        Class<?> param = setter.getParameterTypes()[0];
        setter.invoke(builder, param == int.class || param == Integer.class ? (Object) Integer.valueOf(listed)
            : param == long.class || param == Long.class ? (Object) Long.valueOf(listed) : listed);
        return;
      }
      if (raw == List.class || raw == Optional.class) {
        Type element = ((ParameterizedType) accessor.getGenericReturnType()).getActualTypeArguments()[0];
        Object value = value((Class<?>) element, index);
        if (raw == List.class) {
          builder.getClass().getMethod(attribute, Iterable.class).invoke(builder, List.of(value));
          return;
        }
        setter(builder, attribute).invoke(builder, value);
        return;
      }
      setter(builder, attribute).invoke(builder, value(raw, index));
    }

    /** The builder's plain setter: one parameter that is neither an Optional nor a collection. */
    private static Method setter(Object builder, String attribute) {
      return Arrays.stream(builder.getClass().getMethods())
          .filter(m -> m.getName().equals(attribute) && m.getParameterCount() == 1
              && m.getParameterTypes()[0] != Optional.class && !Iterable.class.isAssignableFrom(m.getParameterTypes()[0]))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no setter " + attribute + " on " + builder.getClass().getName()));
    }

    private Object value(Class<?> type, int index) throws Exception {
      if (type == String.class) {
        return STRINGS.get(index % STRINGS.size());
      }
      long number = NUMBERS.get(index % NUMBERS.size());
      if (type == int.class || type == Integer.class) {
        return (int) number;
      }
      if (type == long.class || type == Long.class) {
        return number;
      }
      if (type == boolean.class || type == Boolean.class) {
        return index % 2 == 0;
      }
      if (type == java.time.Instant.class) {
        return java.time.Instant.ofEpochSecond(1700000000L);
      }
      if (type.isEnum()) {
        Object[] constants = type.getEnumConstants();
        return constants[index % constants.length];
      }
      if (type == byte[].class) {
        return "x".getBytes(StandardCharsets.UTF_8);
      }
      return build(type);
    }

    private static String snake(String camel) {
      return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
  }
}
