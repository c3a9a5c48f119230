/**
 * In-process, stateful, signature-checking fakes of Huawei CPH and Alibaba Cloud Phone; a JUnit 5 extension for
 * them in {@code io.cloudphone.testkit.junit}, which only that package needs JUnit for.
 */
module io.cloudphone.testkit {
  requires transitive io.cloudphone.huawei;
  requires transitive io.cloudphone.alibaba;
  requires mockwebserver3;
  requires okio;
  // Only io.cloudphone.testkit.junit uses it: a module using the fakes without JUnit resolves without it. Not
  // transitive, since whoever uses the extension writes JUnit tests and requires JUnit already.
  requires static org.junit.jupiter.api;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.cloudphone.testkit;
  exports io.cloudphone.testkit.junit;
}
