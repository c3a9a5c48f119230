package io.cloudphone.core;

import java.util.List;
import java.util.Set;

/**
 * Builds one provider's clients from configuration, for {@link CloudPhoneFleet#fromEnvironment()} and
 * {@link CloudPhoneFleet#fromProperties}; sdk-huawei and sdk-alibaba each provide one, found through
 * {@link java.util.ServiceLoader}, so sdk-core needs neither.
 */
public interface CloudPhoneClientFactory {
  /** The provider's name in configuration: {@code huawei} or {@code alibaba}. */
  String name();

  /** The provider's standard environment variable naming the region, e.g. {@code HUAWEICLOUD_SDK_REGION}. */
  String regionVariable();

  /** The provider's standard credential variables: access key id, secret, security token, in that order. */
  List<String> credentialVariables();

  /** Provider-specific settings a member may have besides region and endpoint, e.g. {@code projectId}. */
  Set<String> optionKeys();

  /** Builds a client with {@code settings}. */
  CloudPhoneClient create(FleetMemberSettings settings);
}
