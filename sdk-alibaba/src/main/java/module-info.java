/** Typed client for every Alibaba Cloud Phone (eds-aic 2023-09-30) operation. */
module io.cloudphone.alibaba {
  requires transitive io.cloudphone.core;
  requires org.slf4j;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.cloudphone.alibaba;
  exports io.cloudphone.alibaba.model;
  exports io.cloudphone.alibaba.internal to io.cloudphone.testkit;

  // Jackson builds the immutable models through their generated (package-private) JSON helpers.
  opens io.cloudphone.alibaba.model to com.fasterxml.jackson.databind;

  provides io.cloudphone.core.CloudPhoneClientFactory with io.cloudphone.alibaba.internal.AlibabaClientFactory;
}
