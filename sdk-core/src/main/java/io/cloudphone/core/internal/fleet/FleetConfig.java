package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CallListener;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneClientFactory;
import io.cloudphone.core.FleetMemberSettings;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.auth.EnvironmentCredentialsProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fleet members from the providers' standard environment variables, or from properties of the form
 * {@code member.<name>.<setting>}; secrets come only from the environment, never from the properties.
 */
public final class FleetConfig {
  private static final Pattern MEMBER_KEY = Pattern.compile("member\\.([^.]+)\\.(.+)");
  private static final Pattern SECRET_LOOKING = Pattern.compile(
      "(?i).*(secret|password|passwd|token|credential.*value|access.?key|(^|[._-])(ak|sk)$).*");
  private static final Pattern ENV_PREFIX = Pattern.compile("env(:([A-Z][A-Z0-9_]*))?");

  private final Map<String, CloudPhoneClientFactory> factories;
  private final Function<String, String> environment;
  private final CallListener listener;

  /** A reader using the factories on the class or module path and {@code environment} for variables. */
  public FleetConfig(Function<String, String> environment, CallListener listener) {
    this.factories = new LinkedHashMap<>();
    ServiceLoader.load(CloudPhoneClientFactory.class, FleetConfig.class.getClassLoader())
        .forEach(factory -> factories.put(factory.name(), factory));
    this.environment = environment;
    this.listener = listener;
  }

  /** One member per provider whose region and access key variables are set, named {@code <provider>-<region>}. */
  public Map<String, CloudPhoneClient> fromEnvironment() {
    Map<String, CloudPhoneClient> members = new LinkedHashMap<>();
    List<String> looked = new ArrayList<>();
    for (CloudPhoneClientFactory factory : factories.values()) {
      Optional<String> region = variable(factory.regionVariable());
      String accessKey = factory.credentialVariables().get(0);
      looked.add(factory.regionVariable() + " + " + accessKey);
      if (region.isPresent() && variable(accessKey).isPresent()) {
        members.put(factory.name() + "-" + region.get(), factory.create(new FleetMemberSettings(region,
            Optional.empty(), credentials(factory, Optional.empty()), Map.of(), listener)));
      }
    }
    if (members.isEmpty()) {
      throw new IllegalStateException("no fleet member configured in the environment; set " + looked
          + (factories.isEmpty() ? " and put sdk-huawei or sdk-alibaba on the class path" : ""));
    }
    return members;
  }

  /** The members the properties describe, in the order of their names. */
  public Map<String, CloudPhoneClient> fromProperties(Properties properties) {
    Map<String, Map<String, String>> byMember = new LinkedHashMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (key.equals("listing")) {
        continue;
      }
      Matcher matcher = MEMBER_KEY.matcher(key);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("fleet configuration: unknown key " + key
            + "; expected member.<name>.<provider|region|endpoint|credentials|option> or listing");
      }
      if (SECRET_LOOKING.matcher(matcher.group(2)).matches()) {
        throw new IllegalArgumentException("fleet configuration: " + key + " looks like a secret; secrets never"
            + " go in this file: set credentials=env:<PREFIX> and put them in <PREFIX>_ACCESS_KEY_ID,"
            + " <PREFIX>_ACCESS_KEY_SECRET (and <PREFIX>_SECURITY_TOKEN)");
      }
      byMember.computeIfAbsent(matcher.group(1), name -> new LinkedHashMap<>())
          .put(matcher.group(2), properties.getProperty(key).trim());
    }
    if (byMember.isEmpty()) {
      throw new IllegalArgumentException("fleet configuration has no member.<name>.provider entry");
    }
    Map<String, CloudPhoneClient> members = new LinkedHashMap<>();
    byMember.forEach((name, settings) -> members.put(name, member(name, settings)));
    return members;
  }

  private CloudPhoneClient member(String name, Map<String, String> settings) {
    Map<String, String> rest = new LinkedHashMap<>(settings);
    String provider = Optional.ofNullable(rest.remove("provider")).map(p -> p.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new IllegalArgumentException("fleet member " + name + " has no provider; set member."
            + name + ".provider to one of " + factories.keySet()));
    CloudPhoneClientFactory factory = factories.get(provider);
    if (factory == null) {
      throw new IllegalArgumentException("fleet member " + name + ": provider " + provider + " is not on the"
          + " class path; available: " + factories.keySet());
    }
    Optional<String> region = Optional.ofNullable(rest.remove("region")).filter(r -> !r.isEmpty());
    Optional<URI> endpoint = Optional.ofNullable(rest.remove("endpoint")).filter(e -> !e.isEmpty()).map(URI::create);
    Optional<String> credentials = Optional.ofNullable(rest.remove("credentials"));
    for (String key : rest.keySet()) {
      if (!factory.optionKeys().contains(key)) {
        throw new IllegalArgumentException("fleet member " + name + ": unknown setting " + key + "; "
            + provider + " takes provider, region, endpoint, credentials and " + factory.optionKeys());
      }
    }
    if (region.isEmpty() && endpoint.isEmpty()) {
      throw new IllegalArgumentException("fleet member " + name + " needs a region (member." + name + ".region)");
    }
    return factory.create(new FleetMemberSettings(region, endpoint, credentials(factory, credentials), rest,
        listener));
  }

  /** {@code env} (or nothing): the provider's standard variables; {@code env:PREFIX}: PREFIX_ACCESS_KEY_ID... */
  private CredentialsProvider credentials(CloudPhoneClientFactory factory, Optional<String> setting) {
    Matcher matcher = ENV_PREFIX.matcher(setting.orElse("env"));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("credentials must be env or env:<PREFIX> (upper-case letters, digits"
          + " and _), got a value of " + setting.orElse("").length() + " characters");
    }
    String prefix = matcher.group(2);
    List<String> names = prefix == null ? factory.credentialVariables()
        : List.of(prefix + "_ACCESS_KEY_ID", prefix + "_ACCESS_KEY_SECRET", prefix + "_SECURITY_TOKEN");
    return EnvironmentCredentialsProvider.of(names.get(0), names.get(1), names.get(2), environment);
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(environment.apply(name)).filter(value -> !value.isBlank());
  }
}
