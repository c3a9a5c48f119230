package io.cloudphone.examples;

import io.cloudphone.core.Job;
import io.cloudphone.core.Phone;
import io.cloudphone.core.Server;
import io.cloudphone.core.bulk.ItemResult;
import java.util.Optional;

/** The tables the examples print: servers, phones and the per-phone results of a bulk operation. */
public final class Tables {
  private Tables() {}

  /** Servers with their neutral and provider status, e.g. {@code RUNNING (5)}, and phone count as listed. */
  public static TextTable servers(Iterable<Server> servers) {
    return servers(servers, PhonesByServer.none());
  }

  /** Servers with their status and phone count, counted in {@code known} where the listing has none. */
  public static TextTable servers(Iterable<Server> servers, PhonesByServer known) {
    TextTable table = TextTable.withColumns("SERVER ID", "NAME", "STATUS", "PHONES");
    for (Server server : servers) {
      table.row(server.id(), server.name().orElse(null), status(server.status(), server.providerStatus()),
          known.phoneCount(server).orElse(null));
    }
    return table;
  }

  /** Phones with their neutral and provider status, e.g. {@code RUNNING (2)}, and server as listed. */
  public static TextTable phones(Iterable<Phone> phones) {
    return phones(phones, PhonesByServer.none());
  }

  /** Phones with their status and server, taken from {@code known} where the listing has none. */
  public static TextTable phones(Iterable<Phone> phones, PhonesByServer known) {
    TextTable table = TextTable.withColumns("PHONE ID", "NAME", "STATUS", "SERVER ID");
    for (Phone phone : phones) {
      table.row(phone.id(), phone.name().orElse(null), status(phone.status(), phone.providerStatus()),
          known.serverId(phone).orElse(null));
    }
    return table;
  }

  /** One row per phone of a bulk operation: outcome, its job's status, the phone's status now, the error. */
  public static TextTable results(RestartReport report) {
    TextTable table = TextTable.withColumns("PHONE ID", "NAME", "OUTCOME", "JOB STATUS", "PHONE NOW", "ERROR");
    for (ItemResult item : report.result().items()) {
      Optional<Phone> before = Optional.ofNullable(report.before().get(item.id()));
      Optional<Phone> now = Optional.ofNullable(report.now().get(item.id()));
      Optional<Job> job = item.jobId().map(report.jobs()::get);
      String jobStatus = job.map(j -> status(j.status(), j.providerStatus()))
          .orElseGet(() -> item.jobStatus().map(Enum::name).orElse(null));
      table.row(item.id(), now.or(() -> before).flatMap(Phone::name).orElse(null), item.outcome(), jobStatus,
          now.map(p -> status(p.status(), p.providerStatus())).orElse(null), error(item).orElse(null));
    }
    return table;
  }

  /** A neutral status with the provider's own value, e.g. {@code RUNNING (2)} or {@code FAILED (UNAVAILABLE)}. */
  public static String status(Enum<?> neutral, String providerStatus) {
    return providerStatus == null || providerStatus.isEmpty() ? neutral.name()
        : neutral.name() + " (" + providerStatus + ")";
  }

  /** An item's error as {@code code: message}, or just the one that is there. */
  public static Optional<String> error(ItemResult item) {
    if (item.errorCode().isPresent() && item.errorMessage().isPresent()) {
      return Optional.of(item.errorCode().get() + ": " + item.errorMessage().get());
    }
    return item.errorCode().or(item::errorMessage);
  }
}
