package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCloudPhoneClientBuilder;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneClientFactory;
import io.cloudphone.core.FleetMemberSettings;
import java.util.List;
import java.util.Set;

/** Builds Alibaba Cloud Phone fleet members from configuration (found by {@code ServiceLoader}). */
public final class AlibabaClientFactory implements CloudPhoneClientFactory {
  /** The factory {@code ServiceLoader} instantiates. */
  public AlibabaClientFactory() {}

  @Override
  public String name() {
    return "alibaba";
  }

  @Override
  public String regionVariable() {
    return "ALIBABA_CLOUD_REGION_ID";
  }

  @Override
  public List<String> credentialVariables() {
    return List.of(AlibabaCredentials.ACCESS_KEY_ID_VARIABLE, AlibabaCredentials.ACCESS_KEY_SECRET_VARIABLE,
        AlibabaCredentials.SECURITY_TOKEN_VARIABLE);
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of();
  }

  @Override
  public CloudPhoneClient create(FleetMemberSettings settings) {
    AlibabaCloudPhoneClientBuilder builder = AlibabaCloudPhoneClient.builder()
        .credentialsProvider(settings.credentials()).callListener(settings.callListener());
    settings.region().ifPresent(builder::regionId);
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }
}
