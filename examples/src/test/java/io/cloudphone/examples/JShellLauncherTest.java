package io.cloudphone.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jshell.sh} builds only when a main source or a pom changed since its last build, and asks Maven for the
 * runtime class path only: run from a copy in a scratch tree, with a recording {@code mvn} and {@code jshell}.
 * Changes are made by setting file times, never by waiting.
 */
class JShellLauncherTest {
  @TempDir Path root;
  private Path source;
  private Path log;

  @BeforeEach
  void scratchTree() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
    Path script = root.resolve("examples/jshell/jshell.sh");
    Files.createDirectories(script.getParent());
    Files.copy(Path.of("jshell/jshell.sh"), script);
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    source = root.resolve("sdk-core/src/main/java/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class A {}");
    log = root.resolve("calls.log");
    // mvn writes the class path file where the real build would; jshell only records its arguments.
    executable("bin/mvn", "echo \"mvn $*\" >> '" + log + "'\n"
        + "mkdir -p '" + root + "/examples/target'\n"
        + "echo /runtime.jar > '" + root + "/examples/target/jshell.classpath'\n");
    executable("jdk/bin/jshell", "echo \"jshell $*\" >> '" + log + "'\n");
  }

  @Test
  void firstLaunch_builds_withTheRuntimeClassPathOnly() throws Exception {
    launch();

    assertThat(calls()).hasSize(2);
    assertThat(calls().get(0)).startsWith("mvn ").contains("-DincludeScope=runtime")
        .doesNotContain("mdep.includeScope");
    assertThat(calls().get(1)).startsWith("jshell --class-path " + root + "/examples/target/classes:/runtime.jar");
  }

  @Test
  void secondLaunch_nothingChanged_noMavenRun() throws Exception {
    launch();
    launch();

    assertThat(calls()).filteredOn(call -> call.startsWith("mvn ")).hasSize(1);
    assertThat(calls()).filteredOn(call -> call.startsWith("jshell ")).hasSize(2);
  }

  @Test
  void launch_aMainSourceChangedSinceTheBuild_rebuilds() throws Exception {
    launch();
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));

    launch();

    assertThat(calls()).filteredOn(call -> call.startsWith("mvn ")).hasSize(2);
  }

  @Test
  void launch_aPomChangedSinceTheBuild_rebuilds() throws Exception {
    launch();
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(Instant.now().plusSeconds(60)));

    launch();

    assertThat(calls()).filteredOn(call -> call.startsWith("mvn ")).hasSize(2);
  }

  @Test
  void launch_classPathFileMissing_rebuilds() throws Exception {
    launch();
    Files.delete(root.resolve("examples/target/jshell.classpath"));

    launch();

    assertThat(calls()).filteredOn(call -> call.startsWith("mvn ")).hasSize(2);
  }

  private void launch() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", root.resolve("examples/jshell/jshell.sh").toString())
        .redirectErrorStream(true);
    builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  private List<String> calls() throws IOException {
    return Files.readAllLines(log);
  }

  private void executable(String name, String body) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
