package io.cloudphone.core;

import io.cloudphone.core.internal.fleet.FleetConfig;
import io.cloudphone.core.internal.fleet.FleetContext;
import io.cloudphone.core.internal.fleet.FleetIndex;
import io.cloudphone.core.internal.fleet.FleetJobs;
import io.cloudphone.core.internal.fleet.FleetPhones;
import io.cloudphone.core.internal.fleet.FleetServers;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Many clients (regions, accounts, both providers) as one {@link CloudPhoneClient}: code written against
 * {@link #servers()}, {@link #phones()} and {@link #jobs()} runs unchanged over the whole fleet.
 *
 * <pre>{@code
 * CloudPhoneFleet fleet = CloudPhoneFleet.builder()
 *     .member("huawei-cn-east-3", cph).member("alibaba-shanghai", ecp).build();
 * List<String> running = fleet.phones().list(PhoneFilter.builder().status(PhoneStatus.RUNNING).build())
 *     .stream().map(Phone::id).toList();
 * BulkResult result = fleet.phones().restart(running).awaitCompletion(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Listings are lazy: each member's pages are fetched on demand, members one after another or a page of each
 * in turn ({@link FleetListing}); the filter is applied by each member; every item carries its member's name
 * ({@code member()}), and a member's failure surfaces as a {@link FleetMemberException} naming it. A bulk
 * operation sends each id to its member, known from this fleet's earlier listings, else looked up with
 * {@code get(id)} on each member (on the calling thread, before the operation starts); each member runs its
 * part within its own limits, at the same time as the others, and the one result accounts for every id exactly
 * once, each item naming its member. Ids no member knows are FAILED ({@code FleetMemberNotFound}), and a
 * member that fails as a whole (throttled, down, refused credentials) fails only its own ids, each with the
 * reason.
 */
public final class CloudPhoneFleet implements CloudPhoneClient {
  private static final Pattern MEMBER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final FleetContext context;
  private final Servers servers;
  private final Phones phones;
  private final Jobs jobs;

  private CloudPhoneFleet(FleetContext context) {
    this.context = context;
    this.servers = new FleetServers(context);
    this.phones = new FleetPhones(context);
    this.jobs = new FleetJobs(context);
  }

  /** A builder for a fleet; add at least one member. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A fleet of one member per provider configured through its standard environment variables
   * ({@code HUAWEICLOUD_SDK_REGION} + {@code HUAWEICLOUD_SDK_AK}/{@code _SK}, {@code ALIBABA_CLOUD_REGION_ID} +
   * {@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code _SECRET}), named {@code <provider>-<region>}.
   *
   * @throws IllegalStateException when no provider is configured
   */
  public static CloudPhoneFleet fromEnvironment() {
    return fromEnvironment(System::getenv, CallListener.none());
  }

  /** The same as {@link #fromEnvironment()}, reading variables from {@code environment}, calls told to {@code listener}. */
  public static CloudPhoneFleet fromEnvironment(Function<String, String> environment, CallListener listener) {
    return builder().members(new FleetConfig(environment, listener).fromEnvironment()).build();
  }

  /**
   * A fleet described by a properties file, secrets read from the environment:
   *
   * <pre>
   * member.huawei-cn-east-3.provider=huawei
   * member.huawei-cn-east-3.region=cn-east-3
   * member.huawei-cn-east-3.credentials=env:CPH_EAST   # CPH_EAST_ACCESS_KEY_ID, CPH_EAST_ACCESS_KEY_SECRET
   * member.alibaba-shanghai.provider=alibaba
   * member.alibaba-shanghai.region=cn-shanghai         # credentials=env (the default): ALIBABA_CLOUD_* variables
   * listing=interleaved                                # optional; sequential by default
   * </pre>
   *
   * <p>Each member may also have an {@code endpoint} and its provider's options (Huawei: {@code projectId},
   * {@code iamEndpoint}).
   *
   * @throws IllegalArgumentException when the file is malformed, names an unknown provider or setting, or has a
   *     key that looks like a secret (secret, password, token, access key): secrets never go in the file
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static CloudPhoneFleet fromProperties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fleet configuration " + file, e);
    }
    return fromProperties(properties, System::getenv, CallListener.none());
  }

  /**
   * A fleet described by {@code properties} (the format of {@link #fromProperties(Path)}), with credential
   * variables looked up in {@code secrets} (the environment, or your own secret store) and every member's calls
   * told to {@code listener}.
   */
  public static CloudPhoneFleet fromProperties(Properties properties, Function<String, String> secrets,
      CallListener listener) {
    Builder builder = builder().members(new FleetConfig(secrets, listener).fromProperties(properties));
    String listing = properties.getProperty("listing", "sequential").trim().toUpperCase(Locale.ROOT);
    try {
      return builder.listing(FleetListing.valueOf(listing)).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fleet configuration: listing must be sequential or interleaved");
    }
  }

  /** The members by name, in the order they were added. */
  public Map<String, CloudPhoneClient> members() {
    return context.members();
  }

  /**
   * One member's client.
   *
   * @throws IllegalArgumentException when the fleet has no member of that name
   */
  public CloudPhoneClient member(String name) {
    CloudPhoneClient member = context.members().get(Objects.requireNonNull(name, "name"));
    if (member == null) {
      throw new IllegalArgumentException("the fleet has no member " + name + "; members: "
          + context.members().keySet());
    }
    return member;
  }

  /**
   * The provider all members share.
   *
   * @throws IllegalStateException when the members are of both providers (ask {@link #members()} instead)
   */
  @Override
  public Provider provider() {
    Set<Provider> providers = context.members().values().stream().map(CloudPhoneClient::provider)
        .collect(Collectors.toSet());
    if (providers.size() != 1) {
      throw new IllegalStateException("this fleet spans " + providers.size()
          + " providers; ask each member: fleet.members()");
    }
    return providers.iterator().next();
  }

  @Override
  public Servers servers() {
    return servers;
  }

  @Override
  public Phones phones() {
    return phones;
  }

  @Override
  public Jobs jobs() {
    return jobs;
  }

  /** The fleet over each member's {@code withDeadline(deadline)} view; it shares the members' lifecycle. */
  @Override
  public CloudPhoneFleet withDeadline(Duration deadline) {
    if (deadline == null || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, got " + deadline);
    }
    Map<String, CloudPhoneClient> views = new LinkedHashMap<>();
    context.members().forEach((name, member) -> views.put(name, member.withDeadline(deadline)));
    return new CloudPhoneFleet(context.withMembers(views));
  }

  /** Closes every member, even when one of them fails to close; the first failure is thrown afterwards. */
  @Override
  public void close() {
    RuntimeException first = null;
    for (CloudPhoneClient member : context.members().values()) {
      try {
        member.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * This fleet when {@code type} is a fleet (or a {@link CloudPhoneClient}), else the one member that is a
   * {@code type}, e.g. {@code fleet.unwrap(AlibabaCloudPhoneClient.class)}.
   *
   * @throws IllegalArgumentException when no member, or more than one, is a {@code type} (then use
   *     {@link #unwrap(String, Class)})
   */
  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    List<String> matching = new ArrayList<>();
    context.members().forEach((name, member) -> {
      if (type.isInstance(member)) {
        matching.add(name);
      }
    });
    if (matching.size() != 1) {
      throw new IllegalArgumentException((matching.isEmpty() ? "no fleet member is a " : "fleet members "
          + matching + " are each a ") + type.getSimpleName() + "; use unwrap(memberName, type)");
    }
    return type.cast(context.members().get(matching.get(0)));
  }

  /**
   * One member as its typed client, e.g. {@code fleet.unwrap("huawei-cn-east-3", HuaweiCphClient.class)}.
   *
   * @throws IllegalArgumentException when there is no such member or it is not a {@code type}
   */
  public <T> T unwrap(String member, Class<T> type) {
    return member(member).unwrap(type);
  }

  @Override
  public String toString() {
    return "CloudPhoneFleet" + context.members().keySet();
  }

  /** Collects the members of a fleet. */
  public static final class Builder {
    private final Map<String, CloudPhoneClient> members = new LinkedHashMap<>();
    private FleetListing listing = FleetListing.SEQUENTIAL;
    private Clock clock = Clock.system();

    private Builder() {}

    /**
     * Adds a member under a unique name (letters, digits, {@code . _ -}; e.g. {@code huawei-cn-east-3}).
     *
     * @throws IllegalArgumentException when the name is malformed or already taken
     */
    public Builder member(String name, CloudPhoneClient client) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(client, "client");
      if (!MEMBER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("member name \"" + name
            + "\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
      }
      if (client instanceof CloudPhoneFleet) {
        throw new IllegalArgumentException("member " + name + " is itself a fleet; add its members instead");
      }
      if (members.putIfAbsent(name, client) != null) {
        throw new IllegalArgumentException("the fleet already has a member named " + name);
      }
      return this;
    }

    private Builder members(Map<String, CloudPhoneClient> all) {
      all.forEach(this::member);
      return this;
    }

    /** How listings walk the members; {@link FleetListing#SEQUENTIAL} by default. */
    public Builder listing(FleetListing order) {
      this.listing = Objects.requireNonNull(order, "listing");
      return this;
    }

    /** The clock {@code jobs().await} measures its timeout on; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the fleet.
     *
     * @throws IllegalStateException when no member was added
     */
    public CloudPhoneFleet build() {
      if (members.isEmpty()) {
        throw new IllegalStateException("a fleet needs at least one member: builder().member(name, client)");
      }
      return new CloudPhoneFleet(new FleetContext(members, listing, new FleetIndex(), clock));
    }
  }
}
