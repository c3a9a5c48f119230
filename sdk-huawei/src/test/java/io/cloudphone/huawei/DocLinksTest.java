package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.internal.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10: every link to Huawei's reference goes to the English page, and the clients' Javadoc links the same
 * page as the operation's declaration.
 */
class DocLinksTest {
  private static final Pattern ENGLISH_PAGE =
      Pattern.compile("https://support\\.huaweicloud\\.com/intl/en-us/api-cph/[A-Za-z0-9_]+\\.html");
  private static final Pattern ANY_HUAWEI_LINK = Pattern.compile("https?://support\\.huaweicloud\\.com[^\"\\s)}>]*");
  private static final Pattern SEE_LINK = Pattern.compile("@see <a href=\"([^\"]+)\">(\\w+) in Huawei's API reference");
  private static final Path SOURCES = Path.of("src/main/java/io/cloudphone/huawei");

  static java.util.List<Operation<?, ?>> operations() {
    return UnsetIsAbsentTest.declaredOperations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_docUrl_isTheEnglishApiReferencePage(Operation<?, ?> operation) {
    assertThat(operation.docUrl()).as(operation.name()).matches(ENGLISH_PAGE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HuaweiCphClient.java", "HuaweiCphAsyncClient.java"})
  void clientJavadoc_everyHuaweiLink_isEnglishAndTheOperationsOwn(String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
    Matcher any = ANY_HUAWEI_LINK.matcher(source);
    while (any.find()) {
      assertThat(any.group()).as("link in " + file).matches(ENGLISH_PAGE);
    }

    Map<String, String> declared = operations().stream()
        .collect(Collectors.toMap(Operation::name, Operation::docUrl));
    Map<String, String> linked = new HashMap<>();
    Matcher see = SEE_LINK.matcher(source);
    while (see.find()) {
      assertThat(see.group(1)).as(see.group(2) + " in " + file).isEqualTo(declared.get(see.group(2)));
      linked.put(see.group(2), see.group(1));
    }
    assertThat(linked.keySet()).as("operations linked from " + file).containsExactlyInAnyOrderElementsOf(
        declared.keySet());
  }
}
