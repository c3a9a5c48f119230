/** Typed client for every Huawei Cloud Phone Host operation. */
module io.cloudphone.huawei {
  requires transitive io.cloudphone.core;
  requires org.slf4j;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.cloudphone.huawei;
  exports io.cloudphone.huawei.model;
  exports io.cloudphone.huawei.internal to io.cloudphone.testkit;

  // Jackson builds the immutable models through their generated (package-private) JSON helpers.
  opens io.cloudphone.huawei.model to com.fasterxml.jackson.databind;

  provides io.cloudphone.core.CloudPhoneClientFactory with io.cloudphone.huawei.internal.HuaweiClientFactory;
}
