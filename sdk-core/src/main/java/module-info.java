/** Provider-neutral API and the runtime both providers share. */
module io.cloudphone.core {
  requires transitive okhttp3;
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.cloudphone.core;
  exports io.cloudphone.core.auth;
  exports io.cloudphone.core.bulk;
  exports io.cloudphone.core.internal to io.cloudphone.huawei, io.cloudphone.alibaba, io.cloudphone.testkit;

  opens io.cloudphone.core to com.fasterxml.jackson.databind;

  // Provider modules build fleet members from configuration without sdk-core depending on them.
  uses io.cloudphone.core.CloudPhoneClientFactory;
}
