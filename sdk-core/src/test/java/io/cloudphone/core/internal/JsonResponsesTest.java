package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Bodies read from memory (known, small length) and streamed (unknown or large length) parse the same. */
class JsonResponsesTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private final ObjectMapper json = JsonMappers.create(PropertyNamingStrategies.SNAKE_CASE);
  private final JsonResponses responses = new JsonResponses(json);

  @Test
  void knownLength_isParsedFromMemory() throws Exception {
    byte[] body = "{\"a\":1,\"b\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(read(ResponseBody.create(body, JSON)))
        .containsEntry("a", 1).containsEntry("b", "x");
    // the reader kept for Map is used again
    assertThat(read(ResponseBody.create(body, JSON))).hasSize(2);
  }

  @Test
  void unknownLength_isStreamed() throws Exception {
    ResponseBody body = ResponseBody.create(new Buffer().writeUtf8("{\"a\":[1,2]}"), JSON, -1);
    assertThat(read(body)).containsKey("a");
  }

  @Test
  void longerThanTheLimit_isStreamed() throws Exception {
    StringBuilder text = new StringBuilder("{\"items\":[");
    while (text.length() <= JsonResponses.IN_MEMORY_LIMIT) {
      text.append("\"0123456789abcdef0123456789abcdef\",");
    }
    text.append("\"last\"]}");
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan((int) JsonResponses.IN_MEMORY_LIMIT);
    Map<String, Object> read = read(ResponseBody.create(body, JSON));
    assertThat((java.util.List<?>) read.get("items")).last().isEqualTo("last");
  }

  @Test
  void emptyBody_ok200_isMalformedNotAnEmptyAnswer() {
    assertThatThrownBy(() -> read(ResponseBody.create(new byte[0], null)))
        .isInstanceOf(MalformedBodyException.class).hasMessage("is empty");
    assertThatThrownBy(() -> read(ResponseBody.create(new Buffer(), null, -1)))
        .isInstanceOf(MalformedBodyException.class).hasMessage("is empty");
    assertThatThrownBy(() -> read(ResponseBody.create("  \n", JSON)))
        .as("whitespace only").isInstanceOf(MalformedBodyException.class).hasMessage("is empty");
  }

  @Test
  void emptyBody_noContent204_readsAsEmptyObject() throws Exception {
    Response noContent = response(ResponseBody.create(new byte[0], null)).newBuilder().code(204).build();
    assertThat((Map<?, ?>) JsonResponses.read(json, noContent, Map.class)).isEmpty();
  }

  @Test
  void fieldOfTheWrongShape_namesItsJsonPath() {
    ResponseBody body = ResponseBody.create("{\"items\":[{\"n\":1},{\"n\":\"x\"}]}", JSON);
    Response response = response(body);
    assertThatThrownBy(() -> JsonResponses.read(json, response, Holder.class))
        .isInstanceOf(MalformedBodyException.class).hasMessageContaining("$.items[1].n")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  /** A typed target for the mismatch test. */
  public static final class Holder {
    public java.util.List<Item> items;

    /** An item with a number. */
    public static final class Item {
      public int n;
    }
  }

  @Test
  void bodyShorterThanAnnounced_fails() {
    ResponseBody truncated = ResponseBody.create(new Buffer().writeUtf8("{\"a\":1}"), JSON, 100);
    assertThatThrownBy(() -> responses.read(response(truncated), Map.class))
        .isInstanceOf(EOFException.class).hasMessageContaining("100");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(ResponseBody body) throws Exception {
    return responses.read(response(body), Map.class);
  }

  private static Response response(ResponseBody body) {
    return new Response.Builder()
        .request(new Request.Builder().url("http://127.0.0.1/").build())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(body)
        .build();
  }
}
