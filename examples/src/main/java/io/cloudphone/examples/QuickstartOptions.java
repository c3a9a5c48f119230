package io.cloudphone.examples;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The quickstart's command line: without {@code --provider} it runs against the embedded fakes of both providers;
 * with it, against the real service, read-only unless {@code --allow-changes}.
 *
 * @param provider {@code huawei} or {@code alibaba}; empty for the embedded fakes
 * @param region the region, instead of the provider's region variable
 * @param endpoint an endpoint instead of the region's
 * @param serverId the server whose running phones to restart; empty for the first one
 * @param nameContains restart only phones whose name contains this
 * @param allowChanges whether to restart phones on a real service
 * @param help whether to print the usage and stop
 */
public record QuickstartOptions(Optional<String> provider, Optional<String> region, Optional<URI> endpoint,
    Optional<String> serverId, Optional<String> nameContains, boolean allowChanges, boolean help) {

  /** The usage text. */
  public static final String USAGE = String.join(System.lineSeparator(),
      "usage: Quickstart [--provider huawei|alibaba] [--region <id>] [--endpoint <url>] [--server <id>]",
      "                  [--name <part>] [--allow-changes] [--help]",
      "",
      "Without --provider it runs against embedded fakes of both services (no account needed).",
      "  --provider huawei|alibaba  use the real service; credentials come from the environment:",
      "                             huawei: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK [, HUAWEICLOUD_SDK_SECURITY_TOKEN,",
      "                                     HUAWEICLOUD_SDK_PROJECT_ID], region HUAWEICLOUD_SDK_REGION",
      "                             alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      "                                      [, ALIBABA_CLOUD_SECURITY_TOKEN], region ALIBABA_CLOUD_REGION_ID",
      "  --region <id>              the region, instead of the environment's",
      "  --endpoint <url>           send requests to this endpoint instead of the region's",
      "  --server <id>              restart the running phones of this server (default: the first server)",
      "  --name <part>              restart only phones whose name contains <part>",
      "  --allow-changes            really restart phones on a real service (otherwise it only lists)",
      "  --help                     print this help");

  /** The options of a run without arguments: the embedded fakes. */
  public static QuickstartOptions defaults() {
    return new QuickstartOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), false, false);
  }

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException naming the option when one is unknown, lacks its value or has a bad one, or
   *     when an option that only concerns a real service comes without {@code --provider}
   */
  public static QuickstartOptions parse(String... args) {
    Optional<String> provider = Optional.empty();
    Optional<String> region = Optional.empty();
    Optional<URI> endpoint = Optional.empty();
    Optional<String> server = Optional.empty();
    Optional<String> name = Optional.empty();
    boolean allowChanges = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> help = true;
        case "--allow-changes" -> allowChanges = true;
        case "--provider" -> provider = Optional.of(provider(value(args, ++i, option)));
        case "--region" -> region = Optional.of(value(args, ++i, option));
        case "--endpoint" -> endpoint = Optional.of(endpoint(value(args, ++i, option)));
        case "--server" -> server = Optional.of(value(args, ++i, option));
        case "--name" -> name = Optional.of(value(args, ++i, option));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (provider.isEmpty() && !help && (region.isPresent() || endpoint.isPresent() || allowChanges)) {
      throw new IllegalArgumentException("--region, --endpoint and --allow-changes need --provider: without it the"
          + " quickstart runs against the embedded fakes");
    }
    return new QuickstartOptions(provider, region, endpoint, server, name, allowChanges, help);
  }

  /** The phones to restart as these options choose them. */
  public PhoneSelection selection() {
    return new PhoneSelection(serverId, nameContains);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--") || args[index].isBlank()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static String provider(String value) {
    String provider = value.toLowerCase(Locale.ROOT);
    if (!provider.equals("huawei") && !provider.equals("alibaba")) {
      throw new IllegalArgumentException("--provider must be huawei or alibaba, not " + value);
    }
    return provider;
  }

  private static URI endpoint(String value) {
    try {
      return Connections.endpoint(value);
    } catch (ConfigurationException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    }
  }
}
