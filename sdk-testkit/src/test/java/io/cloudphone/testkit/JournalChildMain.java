package io.cloudphone.testkit;

import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.huawei.HuaweiCphClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The process {@link BulkJournalCrashTest} kills: runs one journaled bulk operation against the parent's fake.
 * Arguments: {@code restart|reset}, the journal path, comma-separated phone ids; the fake's endpoint, project,
 * region and keys come in the environment (never on the command line).
 */
public final class JournalChildMain {
  private JournalChildMain() {}

  /** Runs the operation to the end (unless killed first). */
  public static void main(String[] args) {
    URI endpoint = URI.create(System.getenv("FAKE_ENDPOINT"));
    try (HuaweiCphClient client = HuaweiCphClient.builder().region(System.getenv("FAKE_REGION"))
        .projectId(System.getenv("FAKE_PROJECT")).endpointOverride(endpoint).iamEndpointOverride(endpoint)
        .credentialsProvider(StaticCredentialsProvider.of(
            AccessKeyCredentials.of(System.getenv("FAKE_AK"), System.getenv("FAKE_SK"))))
        .build()) {
      BulkOptions options = BulkOptions.builder().journal(Path.of(args[1])).chunkSize(BulkJournalCrashTest.CHUNK)
          .maxConcurrency(1)
          .requestsPerSecond(100.0).build();
      List<String> ids = List.of(args[2].split(","));
      BulkOperation operation = args[0].equals("reset") ? client.phones().reset(ids, options)
          : client.phones().restart(ids, options);
      operation.awaitCompletion(Duration.ofMinutes(1));
      System.out.println("finished");
    }
  }
}
