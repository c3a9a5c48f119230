package io.cloudphone.huawei;

import static io.cloudphone.core.testing.ArgumentCases.iae;
import static io.cloudphone.core.testing.ArgumentCases.invokeWithNull;
import static io.cloudphone.core.testing.ArgumentCases.joined;
import static io.cloudphone.core.testing.ArgumentCases.npe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.testing.ArgumentCases;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.ShowJobRequest;
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
 * Bad arguments are refused before anything is sent, naming the parameter: never a JVM message about
 * {@code <parameter2>}. The endpoint is a closed loopback port, so a check that let a call through would fail the
 * test with a transport error instead.
 */
class HuaweiArgumentChecksTest {
  private static final String LONG_ID = "x".repeat(129);
  private static final HuaweiCphClient CLIENT = HuaweiCphClient.builder().region("cn-east-3").projectId("p1")
      .endpointOverride(URI.create("http://127.0.0.1:1")).retryPolicy(RetryPolicy.none())
      .credentialsProvider(HuaweiCredentials.accessKey("ak", "sk")).build();

  static Stream<Method> typedOperations() {
    return ArgumentCases.typedOperations(HuaweiCphClient.class, HuaweiCphAsyncClient.class, "io.cloudphone.huawei.model");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedOperations")
  void typedOperation_nullRequest_requestMustNotBeNull(Method operation) {
    Object target = operation.getDeclaringClass() == HuaweiCphAsyncClient.class ? CLIENT.async() : CLIENT;
    assertThatThrownBy(() -> invokeWithNull(operation, target)).isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
  }

  @Test
  void typedOperations_found() {
    assertThat(typedOperations().count()).isGreaterThan(100);
  }

  static Stream<Arguments> neutralArguments() {
    List<String> ids = List.of("p1");
    BulkOptions options = BulkOptions.defaults();
    return Stream.of(
        npe("phones().list(null)", () -> CLIENT.phones().list(null), "filter"),
        npe("phones().get(null)", () -> CLIENT.phones().get(null), "phoneId"),
        npe("phones().restart(ids, null)", () -> CLIENT.phones().restart(ids, null), "options"),
        npe("phones().restart(null)", () -> CLIENT.phones().restart(null), "phoneIds"),
        npe("phones().stop(null, options)", () -> CLIENT.phones().stop(null, options), "phoneIds"),
        npe("phones().rename(id, null)", () -> CLIENT.phones().rename("p1", null), "newName"),
        npe("phones().runShellCommand(ids, null, o)", () -> CLIENT.phones().runShellCommand(ids, null, options),
            "command"),
        npe("phones().installApp(ids, null, o)", () -> CLIENT.phones().installApp(ids, null, options), "source"),
        npe("phones().pushFile(ids, s, null, o)", () -> CLIENT.phones().pushFile(ids, "obs://b/f.tar", null,
            options), "targetPath"),
        npe("phones().pushFile(ids, s, t, null)", () -> CLIENT.phones().pushFile(ids, "obs://b/f.tar", "/sdcard",
            null), "options"),
        npe("servers().list(null)", () -> CLIENT.servers().list(null), "filter"),
        npe("servers().get(null)", () -> CLIENT.servers().get(null), "serverId"),
        npe("servers().restart(null, o)", () -> CLIENT.servers().restart(null, options), "serverIds"),
        npe("servers().restart(ids, null)", () -> CLIENT.servers().restart(ids, null), "options"),
        npe("jobs().get(null)", () -> CLIENT.jobs().get(null), "jobId"),
        npe("jobs().list(null)", () -> CLIENT.jobs().list((BulkResult) null), "result"),
        npe("jobs().await(null, t)", () -> CLIENT.jobs().await(null, Duration.ofMinutes(1)), "jobIds"),
        npe("jobs().await(ids, null)", () -> CLIENT.jobs().await(ids, null), "timeout"),
        iae("phones().get(blank)", () -> CLIENT.phones().get(" "), "phoneId must not be blank"),
        iae("phones().get(129 chars)", () -> CLIENT.phones().get(LONG_ID), "phoneId must be at most 128"),
        iae("phones().restart([blank])", () -> CLIENT.phones().restart(List.of("p1", "")),
            "phoneIds must not contain null or blank ids"),
        iae("phones().reset([129 chars])", () -> CLIENT.phones().reset(List.of(LONG_ID)),
            "phoneIds must not contain ids longer than 128"),
        iae("servers().get(129 chars)", () -> CLIENT.servers().get(LONG_ID), "serverId must be at most 128"),
        iae("servers().restart([129 chars])", () -> CLIENT.servers().restart(List.of(LONG_ID)),
            "serverIds must not contain ids longer"),
        iae("jobs().get(\"\")", () -> CLIENT.jobs().get(""), "jobId must not be blank"),
        iae("jobs().await(ids, 0)", () -> CLIENT.jobs().await(ids, Duration.ZERO), "timeout must be positive"),
        iae("jobs().await(ids, -1s)", () -> CLIENT.jobs().await(ids, Duration.ofSeconds(-1)),
            "timeout must be positive"),
        iae("jobs().await([129 chars], t)", () -> CLIENT.jobs().await(List.of(LONG_ID), Duration.ofMinutes(1)),
            "jobIds must not contain ids longer"),
        iae("showCloudPhoneDetail(129-char path id)", () -> CLIENT.showCloudPhoneDetail(
            ShowCloudPhoneDetailRequest.builder().phoneId(LONG_ID).build()), "phone_id of ShowCloudPhoneDetail"
            + " must be at most 128"),
        iae("async showJob(129-char path id)", () -> joined(CLIENT.async().showJob(
            ShowJobRequest.builder().jobId(LONG_ID).build())), "job_id of ShowJob must be at most 128"),
        npe("builder().region(null)", () -> HuaweiCphClient.builder().region(null), "region"),
        npe("builder().projectId(null)", () -> HuaweiCphClient.builder().projectId(null), "projectId"),
        npe("builder().iamEndpointOverride(null)", () -> HuaweiCphClient.builder().iamEndpointOverride(null),
            "iamEndpointOverride"),
        npe("builder().endpointOverride(null)", () -> HuaweiCphClient.builder().endpointOverride(null),
            "endpointOverride"),
        npe("unwrap(null)", () -> CLIENT.unwrap(null), "type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("neutralArguments")
  void argument_invalid_refusedNamingTheParameter(String call, ThrowingCallable code,
      Class<? extends Throwable> type, String message) {
    assertThatThrownBy(code).isInstanceOf(type).hasMessageContaining(message)
        .message().doesNotContain("<parameter").doesNotContain("<local");
  }

  @Test
  void neutralFilters_valid_stillAccepted() {
    assertThat(PhoneFilter.builder().build()).isNotNull();
    assertThat(ServerFilter.builder().build()).isNotNull();
  }
}
