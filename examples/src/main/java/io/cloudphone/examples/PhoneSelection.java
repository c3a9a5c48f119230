package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which phones to restart: the running phones of one server, optionally only those whose name contains a given
 * part (case-insensitive).
 *
 * @param serverId the server whose phones to take; empty means the first server listed
 * @param nameContains a part of the name every selected phone has; empty means any name
 */
public record PhoneSelection(Optional<String> serverId, Optional<String> nameContains) {
  /** Every running phone of the first server. */
  public static PhoneSelection firstServer() {
    return new PhoneSelection(Optional.empty(), Optional.empty());
  }

  /** The running phones of {@code server} that this selection takes, listed through the neutral API. */
  public List<Phone> runningPhones(CloudPhoneClient cloud, String server) {
    PhoneFilter running = PhoneFilter.builder().serverId(server).status(PhoneStatus.RUNNING).build();
    return cloud.phones().list(running).stream().filter(this::matchesName).toList();
  }

  /** Whether {@code phone}'s name contains {@link #nameContains()} (always, when that is empty). */
  public boolean matchesName(Phone phone) {
    return nameContains.map(part -> phone.name().map(name -> name.toLowerCase(Locale.ROOT)
        .contains(part.toLowerCase(Locale.ROOT))).orElse(false)).orElse(true);
  }

  /** How to say it, e.g. {@code running phone(s) on server s-1 named like "checkout"}. */
  public String describe(String server) {
    return "running phone(s) on server " + server + nameContains.map(part -> " named like \"" + part + "\"")
        .orElse("");
  }
}
