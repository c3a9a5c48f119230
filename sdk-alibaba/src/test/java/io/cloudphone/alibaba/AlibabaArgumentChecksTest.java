package io.cloudphone.alibaba;

import static io.cloudphone.core.testing.ArgumentCases.iae;
import static io.cloudphone.core.testing.ArgumentCases.invokeWithNull;
import static io.cloudphone.core.testing.ArgumentCases.joined;
import static io.cloudphone.core.testing.ArgumentCases.npe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.testing.ArgumentCases;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad arguments are refused before anything is sent, naming the parameter, as on Huawei: null arguments, blank
 * ids (in the neutral API and in any typed request's id parameter), ids longer than any eds-aic issues, and
 * durations that make no sense. The endpoint is a closed loopback port: a call let through fails differently.
 */
class AlibabaArgumentChecksTest {
  private static final String LONG_ID = "acp-" + "x".repeat(125);
  private static final AlibabaCloudPhoneClient CLIENT = AlibabaCloudPhoneClient.builder().regionId("cn-shanghai")
      .endpointOverride(URI.create("http://127.0.0.1:1")).retryPolicy(RetryPolicy.none())
      .credentialsProvider(AlibabaCredentials.accessKey("ak", "secret")).build();

  static Stream<Method> typedOperations() {
    return ArgumentCases.typedOperations(AlibabaCloudPhoneClient.class, AlibabaCloudPhoneAsyncClient.class, "io.cloudphone.alibaba.model");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedOperations")
  void typedOperation_nullRequest_requestMustNotBeNull(Method operation) {
    Object target = operation.getDeclaringClass() == AlibabaCloudPhoneAsyncClient.class ? CLIENT.async() : CLIENT;
    assertThatThrownBy(() -> invokeWithNull(operation, target)).isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
  }

  @Test
  void typedOperations_found() {
    assertThat(typedOperations().count()).isGreaterThan(100);
  }

  static Stream<Arguments> refusedArguments() {
    List<String> ids = List.of("acp-1");
    BulkOptions options = BulkOptions.defaults();
    return Stream.of(
        npe("phones().list(null)", () -> CLIENT.phones().list(null), "filter"),
        npe("phones().get(null)", () -> CLIENT.phones().get(null), "phoneId"),
        npe("phones().restart(ids, null)", () -> CLIENT.phones().restart(ids, null), "options"),
        npe("phones().start(null)", () -> CLIENT.phones().start(null), "phoneIds"),
        npe("phones().rename(id, null)", () -> CLIENT.phones().rename("acp-1", null), "newName"),
        npe("phones().runShellCommand(ids, null, o)", () -> CLIENT.phones().runShellCommand(ids, null, options),
            "command"),
        npe("phones().runShellCommand(ids, c, null)", () -> CLIENT.phones().runShellCommand(ids, "ls", null),
            "options"),
        npe("phones().installApp(null, s, o)", () -> CLIENT.phones().installApp(null, "app-1", options),
            "phoneIds"),
        npe("phones().pushFile(ids, null, t, o)", () -> CLIENT.phones().pushFile(ids, null, "/sdcard", options),
            "source"),
        npe("phones().pushFile(ids, s, null, o)", () -> CLIENT.phones().pushFile(ids, "oss://b/f", null, options),
            "targetPath"),
        npe("servers().list(null)", () -> CLIENT.servers().list(null), "filter"),
        npe("servers().get(null)", () -> CLIENT.servers().get(null), "serverId"),
        npe("servers().restart(null, o)", () -> CLIENT.servers().restart(null, options), "serverIds"),
        npe("jobs().get(null)", () -> CLIENT.jobs().get(null), "jobId"),
        npe("jobs().list(null)", () -> CLIENT.jobs().list((BulkResult) null), "result"),
        npe("jobs().await(ids, null)", () -> CLIENT.jobs().await(ids, null), "timeout"),
        iae("phones().get(blank)", () -> CLIENT.phones().get(" "), "phoneId must not be blank"),
        iae("phones().get(129 chars)", () -> CLIENT.phones().get(LONG_ID), "phoneId must be at most 128"),
        iae("phones().stop([\"\"])", () -> CLIENT.phones().stop(List.of("")),
            "phoneIds must not contain null or blank ids"),
        iae("phones().restart([129 chars])", () -> CLIENT.phones().restart(List.of(LONG_ID)),
            "phoneIds must not contain ids longer than 128"),
        iae("phones().rename(blank, n)", () -> CLIENT.phones().rename("", "n"), "phoneId must not be blank"),
        iae("servers().get(blank)", () -> CLIENT.servers().get("  "), "serverId must not be blank"),
        iae("servers().restart([blank])", () -> CLIENT.servers().restart(List.of(" ")),
            "serverIds must not contain null or blank ids"),
        iae("jobs().get(129 chars)", () -> CLIENT.jobs().get(LONG_ID), "jobId must be at most 128"),
        iae("jobs().await(ids, 0)", () -> CLIENT.jobs().await(ids, Duration.ZERO), "timeout must be positive"),
        iae("jobs().await([blank], t)", () -> CLIENT.jobs().await(List.of(""), Duration.ofMinutes(1)),
            "jobIds must not contain null or blank ids"),
        iae("describeAndroidInstances(AndroidInstanceIds [blank])", () -> CLIENT.describeAndroidInstances(
            DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds("acp-1", " ").build()),
            "AndroidInstanceIds.2 must not be blank"),
        iae("describeTasks(InstanceId \"\")", () -> CLIENT.describeTasks(
            DescribeTasksRequest.builder().instanceId("").build()), "InstanceId must not be blank"),
        iae("async stopAndroidInstance([blank])", () -> joined(CLIENT.async().stopAndroidInstance(
            StopAndroidInstanceRequest.builder().addAndroidInstanceIds("").build())),
            "AndroidInstanceIds.1 must not be blank"),
        npe("builder().regionId(null)", () -> AlibabaCloudPhoneClient.builder().regionId(null), "regionId"),
        npe("builder().signatureVersion(null)", () -> AlibabaCloudPhoneClient.builder().signatureVersion(null),
            "signatureVersion"),
        npe("unwrap(null)", () -> CLIENT.unwrap(null), "type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedArguments")
  void argument_invalid_refusedNamingTheParameter(String call, ThrowingCallable code,
      Class<? extends Throwable> type, String message) {
    assertThatThrownBy(code).isInstanceOf(type).hasMessageContaining(message)
        .message().doesNotContain("<parameter").doesNotContain("<local");
  }
}
