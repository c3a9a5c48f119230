package io.cloudphone.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/** The exchange the call-layer tests send: a GET of one URL whose JSON answer is read as {@code type}. */
final class JsonGetExchange<T> implements Exchange<T> {
  private static final JsonResponses RESPONSES = new JsonResponses(new ObjectMapper());

  private final String operationName;
  private final boolean idempotent;
  private final HttpUrl url;
  private final Class<T> type;

  private JsonGetExchange(String operationName, boolean idempotent, HttpUrl url, Class<T> type) {
    this.operationName = operationName;
    this.idempotent = idempotent;
    this.url = url;
    this.type = type;
  }

  /** A GET of {@code url} named {@code operationName}, its answer read as {@code type}. */
  static <T> JsonGetExchange<T> of(String operationName, boolean idempotent, HttpUrl url, Class<T> type) {
    return new JsonGetExchange<>(operationName, idempotent, url, type);
  }

  /** A GET of {@code url} named {@code operationName}, its answer read as a JSON object. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static JsonGetExchange<Map<String, Object>> ofMap(String operationName, boolean idempotent, HttpUrl url) {
    return new JsonGetExchange<>(operationName, idempotent, url, (Class<Map<String, Object>>) (Class) Map.class);
  }

  @Override
  public String operationName() {
    return operationName;
  }

  @Override
  public boolean idempotent() {
    return idempotent;
  }

  @Override
  public Request newAttempt(Instant now) {
    return new Request.Builder().url(url).build();
  }

  @Override
  public T parse(Response response) throws IOException {
    return RESPONSES.read(response, type);
  }
}
