// JShell setup for cloudphone-java: the SDK's packages imported and `cloud`, a CloudPhoneClient on the real service
// when a provider's credentials are in the environment (CLOUDPHONE_PROVIDER=huawei|alibaba chooses when both are),
// otherwise on the embedded Huawei fake; and `fleet`, a CloudPhoneFleet, when several members are configured
// (CLOUDPHONE_FLEET naming a fleet properties file, or both providers' credentials), else null.
import io.cloudphone.core.*;
import io.cloudphone.core.bulk.*;
import io.cloudphone.huawei.*;
import io.cloudphone.alibaba.*;
import io.cloudphone.examples.*;
import java.nio.file.Path;
import java.time.Duration;

var cloud = Cloud.connect();
var fleet = Cloud.fleet();

System.out.println("""
    `cloud` is ready. Try:
      cloud.servers().list(ServerFilter.all()).stream().toList()
      Tables.phones(cloud.phones().list(PhoneFilter.all()).stream().limit(10).toList())
      cloud.phones().get("<phone id>")
      var running = cloud.phones().list(PhoneFilter.builder().status(PhoneStatus.RUNNING).build()).stream().toList()
      cloud.phones().restart(running.stream().map(Phone::id).toList(),
          BulkOptions.builder().listener(ConsoleProgress.toStdout()).build()).awaitCompletion(Duration.ofMinutes(10))
      cloud.phones().resume(Path.of("restart.jsonl")).awaitCompletion(Duration.ofMinutes(30))  // after .journal(...)
      cloud.unwrap(HuaweiCphClient.class)      // the typed client, every CPH operation
      fleet.phones().list(PhoneFilter.all()).stream().count()   // every member's, when `fleet` is ready
    Changes on a real account need CLOUDPHONE_ALLOW_CHANGES=yes in scripts such as bulk-restart.jsh. /exit leaves.""");
