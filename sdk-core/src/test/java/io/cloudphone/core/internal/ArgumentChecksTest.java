package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.Phones;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Servers;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.EnvironmentCredentialsProvider;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Arguments the runtime refuses before doing anything: named nulls, durations that make no sense, odd ids. */
class ArgumentChecksTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static BulkOperation oneItemOperation() {
    return new BulkEngine(ManualClock.autoAdvancing(T0)).start("test", List.of("p1"), 10, 10.0,
        BulkOptions.defaults(), chunk -> CompletableFuture.completedFuture(Map.of()), pending ->
            CompletableFuture.completedFuture(Map.of()));
  }

  static Stream<Arguments> refusedArguments() {
    ManualClock clock = ManualClock.startingAt(T0);
    CloudPhoneClient client = new CloudPhoneClient() {
      @Override
      public Provider provider() {
        return Provider.HUAWEI;
      }

      @Override
      public Servers servers() {
        return null;
      }

      @Override
      public Phones phones() {
        return null;
      }

      @Override
      public Jobs jobs() {
        return null;
      }

      @Override
      public CloudPhoneClient withDeadline(Duration deadline) {
        return this;
      }

      @Override
      public void close() {}
    };
    return Stream.of(
        refused("awaitCompletion(null)", () -> oneItemOperation().awaitCompletion(null),
            NullPointerException.class, "timeout must not be null"),
        refused("awaitCompletion(0)", () -> oneItemOperation().awaitCompletion(Duration.ZERO),
            IllegalArgumentException.class, "timeout must be positive"),
        refused("awaitCompletion(-1s)", () -> oneItemOperation().awaitCompletion(Duration.ofSeconds(-1)),
            IllegalArgumentException.class, "timeout must be positive"),
        refused("completion(-1s)", () -> oneItemOperation().completion(Duration.ofSeconds(-1)),
            IllegalArgumentException.class, "timeout must be positive"),
        refused("BulkEngine options null", () -> new BulkEngine(clock).start("x", List.of("p1"), 10, 1.0, null,
            chunk -> null, pending -> null), NullPointerException.class, "options must not be null"),
        refused("Backoff initialDelay 0", () -> Backoff.builder().initialDelay(Duration.ZERO).build(),
            IllegalArgumentException.class, "initialDelay must be positive"),
        refused("Backoff initialDelay -1ms", () -> Backoff.builder().initialDelay(Duration.ofMillis(-1)).build(),
            IllegalArgumentException.class, "initialDelay must be positive"),
        refused("Backoff maxDelay below initialDelay", () -> Backoff.builder().initialDelay(Duration.ofSeconds(2))
            .maxDelay(Duration.ofSeconds(1)).build(), IllegalArgumentException.class, "maxDelay"),
        refused("ManualClock.advance(-1s)", () -> clock.advance(Duration.ofSeconds(-1)),
            IllegalArgumentException.class, "amount must not be negative"),
        refused("ManualClock.advance(null)", () -> clock.advance(null),
            NullPointerException.class, "amount must not be null"),
        refused("unwrap(null)", () -> client.unwrap(null), NullPointerException.class, "type must not be null"),
        refused("AccessKeyCredentials.of(null, s)", () -> AccessKeyCredentials.of(null, "s"),
            NullPointerException.class, "accessKeyId must not be null"),
        refused("EnvironmentCredentialsProvider.of(null, ...)", () -> EnvironmentCredentialsProvider.of(null, "SK",
            null), NullPointerException.class, "accessKeyVariable must not be null"));
  }

  private static Arguments refused(String name, ThrowingCallable call, Class<? extends Throwable> type,
      String message) {
    return Arguments.of(name, call, type, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedArguments")
  void argument_invalid_refusedNamingTheParameter(String name, ThrowingCallable call,
      Class<? extends Throwable> type, String message) {
    assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(message)
        .message().doesNotContain("<parameter").doesNotContain("<local");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void id_blank_refused(String id) {
    assertThatThrownBy(() -> Validate.id("phoneId", id)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phoneId must not be blank");
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {1, 40, Validate.MAX_ID_LENGTH})
  void id_upToTheBound_accepted(int length) {
    String id = "a".repeat(length);

    assertThat(Validate.id("phoneId", id)).isSameAs(id);
    assertThat(Validate.ids("phoneIds", List.of(id, "b"))).containsExactly(id, "b");
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {Validate.MAX_ID_LENGTH + 1, 10_000})
  void id_longerThanAnyProviderIssues_refused(int length) {
    assertThatThrownBy(() -> Validate.id("jobId", "j".repeat(length))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("jobId must be at most 128 characters");
    assertThatThrownBy(() -> Validate.ids("jobIds", List.of("ok", "j".repeat(length))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("jobIds must not contain ids longer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badIdLists")
  void ids_nullOrBlankElement_refused(List<String> ids) {
    assertThatThrownBy(() -> Validate.ids("phoneIds", ids)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phoneIds must not contain null or blank ids");
  }

  static Stream<List<String>> badIdLists() {
    List<String> withNull = new ArrayList<>(Arrays.asList("p1", null));
    return Stream.of(withNull, List.of("p1", ""), List.of(" "));
  }

  @org.junit.jupiter.api.Test
  void ids_null_namesParameter() {
    assertThatThrownBy(() -> Validate.ids("serverIds", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("serverIds must not be null");
  }
}
