// Restarts the running phones of one server with a progress bar, prints a result per phone and exits:
//   bash examples/jshell/jshell.sh examples/jshell/bulk-restart.jsh
// The server is CLOUDPHONE_SERVER, or the first one listed. On a real account it only lists the phones unless
// CLOUDPHONE_ALLOW_CHANGES=yes. Exits with 0 when it went through, 1 when something failed on the way.
import io.cloudphone.core.*;
import io.cloudphone.core.bulk.*;
import io.cloudphone.examples.*;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

var cloud = Cloud.connect();

int bulkRestart(CloudPhoneClient cloud) {
  String server = Optional.ofNullable(System.getenv("CLOUDPHONE_SERVER")).filter(s -> !s.isBlank())
      .orElseGet(() -> cloud.servers().list(ServerFilter.all()).stream().findFirst().map(Server::id)
          .orElseThrow(() -> new IllegalStateException("this account has no servers")));
  List<Phone> running = cloud.phones()
      .list(PhoneFilter.builder().serverId(server).status(PhoneStatus.RUNNING).build()).stream().toList();
  System.out.println(running.size() + " running phone(s) on server " + server + ":");
  System.out.print(Tables.phones(running, PhonesByServer.of(server, running)).render());
  if (running.isEmpty()) {
    return 0;
  }
  if (!Cloud.changesAllowed()) {
    System.out.println("Read-only: nothing was restarted (set CLOUDPHONE_ALLOW_CHANGES=yes to restart them).");
    return 0;
  }
  BulkOperation restart = cloud.phones().restart(running.stream().map(Phone::id).toList(),
      BulkOptions.builder().maxConcurrency(8).listener(ConsoleProgress.toStdout()).build());
  BulkResult result = restart.awaitCompletion(Duration.ofMinutes(15));
  System.out.println(result.summary());
  System.out.print(Tables.results(RestartReport.collect(cloud, result, running)).render());
  return 0;
}

int exitCode = 1;
exitCode = bulkRestart(cloud);
Cloud.close();
/exit exitCode
