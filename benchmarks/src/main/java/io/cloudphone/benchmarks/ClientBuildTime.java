package io.cloudphone.benchmarks;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import java.net.URI;

/**
 * Times building the first client in a fresh JVM (what a script or JShell pays before its first call), in
 * milliseconds; {@code client-build-time.sh} runs it in 5 JVMs and reports the median.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cloudphone.benchmarks.ClientBuildTime huawei|alibaba [endpoint]</pre>
 *
 * <p>The endpoint defaults to {@code http://127.0.0.1:9} (plain HTTP, as the fakes); nothing is sent.
 */
public final class ClientBuildTime {
  private ClientBuildTime() {}

  /** Builds one client of the provider named by the first argument and prints the milliseconds it took. */
  public static void main(String[] args) {
    String provider = args.length > 0 ? args[0] : "huawei";
    URI endpoint = URI.create(args.length > 1 ? args[1] : "http://127.0.0.1:9");
    long start = System.nanoTime();
    CloudPhoneClient client = switch (provider) {
      case "huawei" -> HuaweiCphClient.builder().region("cn-east-3").projectId("0123456789abcdef")
          .credentialsProvider(HuaweiCredentials.accessKey("benchmark-ak", "benchmark-sk"))
          .endpointOverride(endpoint).build();
      case "alibaba" -> AlibabaCloudPhoneClient.builder().regionId("cn-shanghai")
          .credentialsProvider(AlibabaCredentials.accessKey("benchmark-id", "benchmark-secret"))
          .endpointOverride(endpoint).build();
      default -> throw new IllegalArgumentException("provider must be huawei or alibaba, not " + provider);
    };
    long elapsed = System.nanoTime() - start;
    System.out.printf("%s %.1f%n", provider, elapsed / 1e6);
    client.close();
  }
}
