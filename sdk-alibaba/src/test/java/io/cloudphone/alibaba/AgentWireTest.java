package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Helpers of the wire tests of the newer agent, scheduled-task, agent-package and credit operations: every one of
 * them puts all its parameters in the query string, so each test compares the operation's own query parameters
 * as a whole and checks that no form body was sent.
 */
abstract class AgentWireTest extends AlibabaWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parameters every signed V1 call carries, whatever the operation. */
  private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId",
      "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken",
      "RegionId");

  /** The next request, checked for its Action, a verified signature and the absence of a form body. */
  protected SentRpcRequest takeQueryOnly(String action) {
    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo(action);
    assertThat(sent.form()).as("form body of " + action).isEmpty();
    return sent;
  }

  /** The query parameters the operation itself put there. */
  protected static Map<String, String> operationQuery(SentRpcRequest sent) {
    Map<String, String> query = new TreeMap<>(sent.query());
    query.keySet().removeAll(COMMON);
    return query;
  }

  /** Parses JSON text, accepting single quotes for readability in the tests. */
  protected static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text exactly as sent, failing the test if it is not JSON. */
  protected static JsonNode sentJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** Queues a JSON answer written with single quotes. */
  protected void enqueue(String singleQuotedJson) {
    enqueueJson(200, singleQuotedJson.replace('\'', '"'));
  }

  /** One call of a rejection table: what a subclass's {@code rejectedRequests()} rows run against the client. */
  interface ClientCall {
    void call(AlibabaCloudPhoneClient client);
  }

  /** A row of a subclass's {@code static Stream<Arguments> rejectedRequests()} table. */
  static Arguments rejected(String name, Class<? extends Throwable> type, String field, ClientCall call) {
    return Arguments.of(name, type, field, call);
  }

  /** Runs each row of the concrete class's {@code rejectedRequests()}: refused locally, naming the field. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedRequests")
  void request_requiredParameterMissing_rejectedNamingFieldAndNothingSent(String name, Class<? extends Throwable> type,
      String field, ClientCall call) {
    ThrowingCallable attempt = () -> call.call(client);
    assertThatThrownBy(attempt).isInstanceOf(type).hasMessageContaining(field);
    assertNothingSent();
  }
}
