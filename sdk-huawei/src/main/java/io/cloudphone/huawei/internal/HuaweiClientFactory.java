package io.cloudphone.huawei.internal;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneClientFactory;
import io.cloudphone.core.FleetMemberSettings;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCphClientBuilder;
import io.cloudphone.huawei.HuaweiCredentials;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Builds Huawei CPH fleet members from configuration (found by {@code ServiceLoader}). */
public final class HuaweiClientFactory implements CloudPhoneClientFactory {
  /** The option naming the IAM project; discovered through IAM when absent. */
  static final String PROJECT_ID = "projectId";
  /** The option overriding the IAM endpoint (a test server). */
  static final String IAM_ENDPOINT = "iamEndpoint";

  /** The factory {@code ServiceLoader} instantiates. */
  public HuaweiClientFactory() {}

  @Override
  public String name() {
    return "huawei";
  }

  @Override
  public String regionVariable() {
    return "HUAWEICLOUD_SDK_REGION";
  }

  @Override
  public List<String> credentialVariables() {
    return List.of(HuaweiCredentials.ACCESS_KEY_VARIABLE, HuaweiCredentials.SECRET_KEY_VARIABLE,
        HuaweiCredentials.SECURITY_TOKEN_VARIABLE);
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of(PROJECT_ID, IAM_ENDPOINT);
  }

  @Override
  public CloudPhoneClient create(FleetMemberSettings settings) {
    HuaweiCphClientBuilder builder = HuaweiCphClient.builder().credentialsProvider(settings.credentials())
        .callListener(settings.callListener());
    settings.region().ifPresent(builder::region);
    settings.endpoint().ifPresent(builder::endpointOverride);
    String projectId = settings.options().get(PROJECT_ID);
    if (projectId != null) {
      builder.projectId(projectId);
    }
    String iam = settings.options().get(IAM_ENDPOINT);
    if (iam != null) {
      builder.iamEndpointOverride(URI.create(iam));
    }
    return builder.build();
  }
}
