package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's JPMS module that {@code requires io.cloudphone.testkit} compiles and runs a fake with no JUnit on the
 * module path: javac and java see the test's own run-time path minus JUnit and the test-only libraries.
 */
class ModulePathWithoutJUnitTest {
  /** Jars a user without JUnit does not have: JUnit and what it brings, and this module's test-only libraries. */
  private static final List<String> ABSENT = List.of("junit-", "opentest4j", "apiguardian", "assertj", "byte-buddy");

  private static final String MODULE_INFO = """
      module consumer {
        requires io.cloudphone.testkit;
      }
      """;

  private static final String MAIN = """
      package consumer;

      import io.cloudphone.core.ServerFilter;
      import io.cloudphone.testkit.FakeHuaweiCph;

      public final class Main {
        public static void main(String[] args) {
          try (FakeHuaweiCph fake = FakeHuaweiCph.start()) {
            long servers = fake.client().servers().list(ServerFilter.all()).stream().count();
            boolean junit = ModuleLayer.boot().findModule("org.junit.jupiter.api").isPresent();
            System.out.println("servers=" + servers + " junit=" + junit);
          }
        }
      }
      """;

  @Test
  void consumerModule_withoutJUnitOnTheModulePath_compilesAndStartsAFake(@TempDir Path dir) throws Exception {
    String modulePath = modulePathWithoutJUnit();
    Path sources = dir.resolve("src");
    Files.createDirectories(sources.resolve("consumer"));
    Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(sources.resolve("consumer/Main.java"), MAIN);
    Path classes = dir.resolve("classes");

    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(diagnostics, true, StandardCharsets.UTF_8);
    int compiled = ToolProvider.findFirst("javac").orElseThrow().run(writer, writer, "--module-path", modulePath,
        "-d", classes.toString(), sources.resolve("module-info.java").toString(),
        sources.resolve("consumer/Main.java").toString());
    assertThat(compiled).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", classes + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main")
        .redirectErrorStream(true).start();
    String output;
    try {
      boolean exited = java.waitFor(60, TimeUnit.SECONDS);
      output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(exited).as("java exited: %s", output).isTrue();
    } finally {
      java.destroyForcibly();
    }
    assertThat(java.exitValue()).as("java: %s", output).isZero();
    assertThat(output).contains("servers=2 junit=false");
  }

  /** This test's run-time path (surefire puts it in a system property) without JUnit, its test libraries and classes. */
  private static String modulePathWithoutJUnit() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String kept = Arrays.stream(path.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> ABSENT.stream().noneMatch(Path.of(entry).getFileName().toString()::startsWith))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(kept).as("the testkit itself is on the path").contains("sdk-testkit");
    return kept;
  }
}
