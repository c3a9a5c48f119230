package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ConsoleProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The quickstart's tour of one provider through the neutral API only: list servers and phones, pick the running
 * phones of one server, restart them with a progress bar, wait for the jobs and print a result per phone.
 */
public final class Walkthrough {
  /** Rows shown of each listing. */
  static final int SHOWN = 10;
  /** How long to wait for the restarts; generous, as real phones can take minutes. */
  static final Duration PATIENCE = Duration.ofMinutes(15);

  private final CloudPhoneClient cloud;
  private final PrintStream out;

  /** A tour of {@code cloud}, printed on {@code out}. */
  public Walkthrough(CloudPhoneClient cloud, PrintStream out) {
    this.cloud = cloud;
    this.out = out;
  }

  /**
   * Lists, then restarts the {@code selection} if {@code changesAllowed}, else says what it would restart.
   *
   * @throws io.cloudphone.core.CloudPhoneException when the service refuses a call
   * @throws io.cloudphone.core.bulk.BulkTimeoutException when the restarts outlast {@link #PATIENCE}
   */
  public void run(PhoneSelection selection, boolean changesAllowed) {
    List<Server> servers = cloud.servers().list(ServerFilter.all()).stream().limit(SHOWN + 1).toList();
    List<Phone> phones = cloud.phones().list(PhoneFilter.all()).stream().limit(SHOWN + 1).toList();
    List<Server> shownServers = servers.subList(0, Math.min(SHOWN, servers.size()));
    List<Phone> shownPhones = phones.subList(0, Math.min(SHOWN, phones.size()));
    // Huawei servers carry no phone count and Alibaba instances no node id: the shown servers' phones tell both.
    PhonesByServer known = PhonesByServer.list(cloud, shownServers, shownPhones);
    out.println("Servers" + (servers.size() > SHOWN ? " (first " + SHOWN + ")" : "") + ":");
    out.print(Tables.servers(shownServers, known).render());
    out.println();
    out.println("Phones" + (phones.size() > SHOWN ? " (first " + SHOWN + ")" : "") + ":");
    out.print(Tables.phones(shownPhones, known).render());
    out.println();

    Optional<String> server = selection.serverId().or(() -> servers.stream().findFirst().map(Server::id));
    if (server.isEmpty()) {
      out.println("No servers, so nothing to restart.");
      return;
    }
    List<Phone> targets = selection.runningPhones(cloud, server.get());
    if (targets.isEmpty()) {
      out.println("Nothing to restart: no " + selection.describe(server.get()));
      return;
    }
    out.println("To restart: " + targets.size() + " " + selection.describe(server.get()));
    if (!changesAllowed) {
      out.print(Tables.phones(targets, PhonesByServer.of(server.get(), targets)).render());
      out.println("Read-only: nothing was restarted. Run again with --allow-changes to restart these phones.");
      return;
    }
    restart(targets);
  }

  private void restart(List<Phone> targets) {
    List<String> ids = targets.stream().map(Phone::id).toList();
    BulkOptions options = BulkOptions.builder().listener(ConsoleProgress.to(out)).build();
    BulkResult result = cloud.phones().restart(ids, options).awaitCompletion(PATIENCE);
    out.println(result.summary());
    out.print(Tables.results(RestartReport.collect(cloud, result, targets)).render());
  }
}
