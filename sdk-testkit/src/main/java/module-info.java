/** In-process, stateful, signature-checking fakes of Huawei CPH and Alibaba Cloud Phone, and a JUnit 5 extension. */
module io.cloudphone.testkit {
  requires transitive io.cloudphone.huawei;
  requires transitive io.cloudphone.alibaba;
  requires mockwebserver3;
  requires okio;
  requires static transitive org.junit.jupiter.api; // only for the JUnit 5 extension
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.cloudphone.testkit;
}
