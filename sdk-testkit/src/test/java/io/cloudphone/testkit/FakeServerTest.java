package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.StaticCredentialsProvider;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * FakeServer started in-process on a free loopback port: a typed client built only from what it prints (as a
 * service in another process would be) gets answers, and wrong command lines exit with status 2.
 */
class FakeServerTest {
  private static final Pattern EXPORT = Pattern.compile("^export ([A-Z_]+)='([^']*)'$", Pattern.MULTILINE);

  @Test
  void huawei_printedEndpointAndCredentials_typedClientListsTheSeededPhones() {
    try (FakeServer server = FakeServer.start("--provider", "huawei", "--servers", "1", "--phones-per-server", "3")) {
      Map<String, String> env = exports(server.environment());
      HuaweiCphClient cph = HuaweiCphClient.builder().region(env.get("CLOUDPHONE_REGION"))
          .projectId(env.get(HuaweiCredentials.PROJECT_ID_VARIABLE))
          .endpointOverride(URI.create(env.get("CLOUDPHONE_ENDPOINT")))
          .iamEndpointOverride(URI.create(env.get("CLOUDPHONE_ENDPOINT")))
          .credentialsProvider(StaticCredentialsProvider.of(AccessKeyCredentials.of(
              env.get(HuaweiCredentials.ACCESS_KEY_VARIABLE), env.get(HuaweiCredentials.SECRET_KEY_VARIABLE))))
          .build();

      ListCloudPhonesResponse phones = cph.listCloudPhones(ListCloudPhonesRequest.builder().build());

      assertThat(env).containsEntry("CLOUDPHONE_PROVIDER", "huawei")
          .containsEntry("CLOUDPHONE_ENDPOINT", server.endpoint().toString());
      assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(server.endpoint().getPort()).isNotEqualTo(server.fake().endpoint().getPort());
      assertThat(phones.phones()).extracting(phone -> phone.phoneName().orElseThrow())
          .containsExactly("test-phone-01-01", "test-phone-01-02", "test-phone-01-03");
      assertThat(server.fake().requestLog().count("ListCloudPhones")).isEqualTo(1);
    }
  }

  @Test
  void alibaba_printedEndpointAndCredentials_typedClientDescribesInstancesUnderARateLimit() {
    try (FakeServer server = FakeServer.start("--provider=alibaba", "--bind", "127.0.0.1", "--servers", "2",
        "--phones-per-server", "2", "--rate-limit", "DescribeAndroidInstances=1", "--clock-speed", "5")) {
      Map<String, String> env = exports(server.environment());
      AlibabaCloudPhoneClient ecp = AlibabaCloudPhoneClient.builder().regionId(env.get("CLOUDPHONE_REGION"))
          .endpointOverride(URI.create(env.get("CLOUDPHONE_ENDPOINT")))
          .credentialsProvider(StaticCredentialsProvider.of(AccessKeyCredentials.of(
              env.get(AlibabaCredentials.ACCESS_KEY_ID_VARIABLE),
              env.get(AlibabaCredentials.ACCESS_KEY_SECRET_VARIABLE))))
          .build();

      DescribeAndroidInstancesResponse instances =
          ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build());

      assertThat(env).containsEntry("CLOUDPHONE_PROVIDER", "alibaba").containsEntry("CLOUDPHONE_REGION",
          FakeAlibabaCloudPhone.REGION_ID);
      assertThat(instances.instanceModel()).hasSize(4);
      assertThat(server.fake().faultPlan().rateLimits()).containsEntry("DescribeAndroidInstances", 1.0);
      assertThat(server.environment()).contains("clock at 5.0x", "with faults");
    }
  }

  @Test
  void run_wrongArgument_exitsTwoWithTheMessageOnStandardError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = FakeServer.run(print(out), print(err), "--provider", "aws");

    assertThat(status).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("FakeServer: --provider must be huawei or alibaba, not aws", "--help");
  }

  @Test
  void run_help_printsTheUsageAndExitsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = FakeServer.run(print(out), print(new ByteArrayOutputStream()), "--help");

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: FakeServer")
        .contains("--provider huawei|alibaba", "--rate-limit OPERATION=RPS", "--clock-speed X", "--bind ADDRESS");
  }

  @Test
  void start_portAlreadyTaken_failsNamingTheAddress() {
    try (FakeServer first = FakeServer.start()) {
      String port = String.valueOf(first.endpoint().getPort());

      assertThatThrownBy(() -> FakeServer.start("--port", port))
          .hasMessageContaining("could not listen on 127.0.0.1:" + port);
    }
  }

  @Test
  void start_help_refusedInProcess() {
    assertThatThrownBy(() -> FakeServer.start("--help")).isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, String> exports(String printed) {
    Map<String, String> env = new LinkedHashMap<>();
    Matcher matcher = EXPORT.matcher(printed);
    while (matcher.find()) {
      env.put(matcher.group(1), matcher.group(2));
    }
    return env;
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
