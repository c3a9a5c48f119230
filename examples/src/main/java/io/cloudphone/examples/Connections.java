package io.cloudphone.examples;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.Clock;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCphClientBuilder;
import io.cloudphone.huawei.HuaweiCredentials;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds clients from the providers' standard environment variables, read from a map (the process environment,
 * or a test's), so nothing here reaches for {@code System.getenv} itself. Messages name variables, never values.
 */
public final class Connections {
  /** Chooses the provider when both have credentials: {@code huawei}, {@code alibaba} or {@code fake}. */
  public static final String PROVIDER_VARIABLE = "CLOUDPHONE_PROVIDER";
  /** An endpoint to use instead of the region's (a proxy, a test server). */
  public static final String ENDPOINT_VARIABLE = "CLOUDPHONE_ENDPOINT";
  /** {@code yes} lets scripts change phones on a real account; without it they only list. */
  public static final String ALLOW_CHANGES_VARIABLE = "CLOUDPHONE_ALLOW_CHANGES";
  /** Huawei's region variable, as the official Huawei Cloud SDKs read it. */
  public static final String HUAWEI_REGION_VARIABLE = "HUAWEICLOUD_SDK_REGION";
  /** Alibaba's region variable, as the official Alibaba Cloud tools read it. */
  public static final String ALIBABA_REGION_VARIABLE = "ALIBABA_CLOUD_REGION_ID";

  private Connections() {}

  /**
   * A Huawei CPH client with AK/SK (and the optional security token and project id) from {@code env}.
   *
   * @throws ConfigurationException when the credentials or the region are missing, or the region is unknown
   */
  public static HuaweiCphClient huawei(Map<String, String> env, Optional<String> region, Optional<URI> endpoint) {
    return huawei(env, region, endpoint, Clock.system());
  }

  /**
   * A Huawei CPH client as {@link #huawei(Map, Optional, Optional)} makes it, waiting and signing on {@code clock}.
   *
   * @throws ConfigurationException when the credentials or the region are missing, or the region is unknown
   */
  public static HuaweiCphClient huawei(Map<String, String> env, Optional<String> region, Optional<URI> endpoint,
      Clock clock) {
    String ak = HuaweiCredentials.ACCESS_KEY_VARIABLE;
    String sk = HuaweiCredentials.SECRET_KEY_VARIABLE;
    requireAll("Huawei CPH", env, List.of(ak, sk), HuaweiCredentials.SECURITY_TOKEN_VARIABLE);
    String regionId = region(env, region, HUAWEI_REGION_VARIABLE, "Huawei CPH", "cn-east-3");
    Optional<String> token = value(env, HuaweiCredentials.SECURITY_TOKEN_VARIABLE);
    CredentialsProvider credentials = token
        .map(t -> HuaweiCredentials.temporaryAccessKey(env.get(ak), env.get(sk), t))
        .orElseGet(() -> HuaweiCredentials.accessKey(env.get(ak), env.get(sk)));
    HuaweiCphClientBuilder builder = HuaweiCphClient.builder().region(regionId).credentialsProvider(credentials)
        .clock(clock);
    value(env, HuaweiCredentials.PROJECT_ID_VARIABLE).ifPresent(builder::projectId);
    endpoint.ifPresent(builder::endpointOverride);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  /**
   * An Alibaba Cloud Phone client with the AccessKey (and the optional STS token) from {@code env}.
   *
   * @throws ConfigurationException when the credentials or the region are missing, or the region is unknown
   */
  public static AlibabaCloudPhoneClient alibaba(Map<String, String> env, Optional<String> region,
      Optional<URI> endpoint) {
    return alibaba(env, region, endpoint, Clock.system());
  }

  /**
   * An Alibaba Cloud Phone client as {@link #alibaba(Map, Optional, Optional)} makes it, waiting and signing on
   * {@code clock}.
   *
   * @throws ConfigurationException when the credentials or the region are missing, or the region is unknown
   */
  public static AlibabaCloudPhoneClient alibaba(Map<String, String> env, Optional<String> region,
      Optional<URI> endpoint, Clock clock) {
    String id = AlibabaCredentials.ACCESS_KEY_ID_VARIABLE;
    String secret = AlibabaCredentials.ACCESS_KEY_SECRET_VARIABLE;
    requireAll("Alibaba Cloud Phone", env, List.of(id, secret), AlibabaCredentials.SECURITY_TOKEN_VARIABLE);
    String regionId = region(env, region, ALIBABA_REGION_VARIABLE, "Alibaba Cloud Phone", "cn-shanghai");
    Optional<String> token = value(env, AlibabaCredentials.SECURITY_TOKEN_VARIABLE);
    CredentialsProvider credentials = token
        .map(t -> AlibabaCredentials.sts(env.get(id), env.get(secret), t))
        .orElseGet(() -> AlibabaCredentials.accessKey(env.get(id), env.get(secret)));
    var builder = AlibabaCloudPhoneClient.builder().regionId(regionId).credentialsProvider(credentials)
        .clock(clock);
    endpoint.ifPresent(builder::endpointOverride);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  /**
   * A client for {@code provider} ({@code huawei} or {@code alibaba}) from {@code env}.
   *
   * @throws ConfigurationException when the provider is unknown or its configuration is incomplete
   */
  public static CloudPhoneClient real(String provider, Map<String, String> env, Optional<String> region,
      Optional<URI> endpoint) {
    return real(provider, env, region, endpoint, Clock.system());
  }

  /**
   * A client for {@code provider} as {@link #real(String, Map, Optional, Optional)} makes it, waiting and signing
   * on {@code clock} (a test's virtual clock; {@link Clock#system()} otherwise).
   *
   * @throws ConfigurationException when the provider is unknown or its configuration is incomplete
   */
  public static CloudPhoneClient real(String provider, Map<String, String> env, Optional<String> region,
      Optional<URI> endpoint, Clock clock) {
    return switch (provider.toLowerCase(Locale.ROOT)) {
      case "huawei" -> huawei(env, region, endpoint, clock);
      case "alibaba" -> alibaba(env, region, endpoint, clock);
      default -> throw new ConfigurationException("unknown provider " + provider + ": use huawei or alibaba");
    };
  }

  /** One line saying where a real client goes, e.g. {@code Huawei CPH in cn-east-3}; never a secret. */
  public static String describe(CloudPhoneClient client, Map<String, String> env, Optional<String> region,
      Optional<URI> endpoint) {
    String variable = switch (client.provider()) {
      case HUAWEI -> HUAWEI_REGION_VARIABLE;
      case ALIBABA -> ALIBABA_REGION_VARIABLE;
    };
    String where = region.or(() -> value(env, variable)).orElse("?");
    return client.provider().displayName() + " in " + where + endpoint.map(uri -> " at " + uri).orElse("");
  }

  /**
   * The connection the environment asks for: {@value #PROVIDER_VARIABLE} if set, else the provider whose
   * credentials are present, else the embedded fakes; {@value #ENDPOINT_VARIABLE} overrides the endpoint and
   * {@value #ALLOW_CHANGES_VARIABLE}{@code =yes} allows changes on a real service.
   *
   * @throws ConfigurationException when the configuration is incomplete or both providers have credentials and
   *     {@value #PROVIDER_VARIABLE} does not choose
   */
  public static Connection fromEnvironment(Map<String, String> env) {
    String provider = value(env, PROVIDER_VARIABLE).map(p -> p.toLowerCase(Locale.ROOT))
        .orElseGet(() -> detect(env));
    if (provider.equals("fake")) {
      return Connection.fake(DemoFakes.start());
    }
    Optional<URI> endpoint = value(env, ENDPOINT_VARIABLE).map(Connections::endpoint);
    CloudPhoneClient client = real(provider, env, Optional.empty(), endpoint);
    boolean allowed = value(env, ALLOW_CHANGES_VARIABLE).filter("yes"::equalsIgnoreCase).isPresent();
    return Connection.real(client, describe(client, env, Optional.empty(), endpoint), allowed);
  }

  /**
   * Parses an endpoint URL.
   *
   * @throws ConfigurationException when it is not an absolute http(s) URL
   */
  public static URI endpoint(String value) {
    try {
      URI uri = URI.create(value.trim());
      if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("endpoint must be an http(s) URL such as https://cph.example.com, not "
          + value, e);
    }
  }

  private static String detect(Map<String, String> env) {
    boolean huawei = value(env, HuaweiCredentials.ACCESS_KEY_VARIABLE).isPresent();
    boolean alibaba = value(env, AlibabaCredentials.ACCESS_KEY_ID_VARIABLE).isPresent();
    if (huawei && alibaba) {
      throw new ConfigurationException("credentials of both providers are set (" + HuaweiCredentials
          .ACCESS_KEY_VARIABLE + ", " + AlibabaCredentials.ACCESS_KEY_ID_VARIABLE + "): set " + PROVIDER_VARIABLE
          + "=huawei or " + PROVIDER_VARIABLE + "=alibaba to choose");
    }
    return huawei ? "huawei" : alibaba ? "alibaba" : "fake";
  }

  private static void requireAll(String provider, Map<String, String> env, List<String> names, String optional) {
    List<String> missing = new ArrayList<>();
    names.forEach(name -> value(env, name).ifPresentOrElse(v -> { }, () -> missing.add(name)));
    if (!missing.isEmpty()) {
      throw new ConfigurationException(provider + " needs credentials: set " + String.join(" and ", names)
          + " (and " + optional + " for temporary credentials); missing: " + String.join(", ", missing));
    }
  }

  private static String region(Map<String, String> env, Optional<String> option, String variable,
      String provider, String example) {
    return option.filter(r -> !r.isBlank()).or(() -> value(env, variable)).orElseThrow(() ->
        new ConfigurationException(provider + " needs a region: set " + variable + " (e.g. " + example
            + ") or pass --region"));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
