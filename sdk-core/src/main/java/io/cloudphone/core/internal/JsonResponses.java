package io.cloudphone.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.Response;
import okio.BufferedSource;

/** Reads a successful answer into its model, streaming; an empty body (e.g. 204) reads as {@code {}}. */
public final class JsonResponses {
  private JsonResponses() {}

  /** Parses the body of {@code response} as {@code type}. */
  public static <T> T read(ObjectMapper json, Response response, Class<T> type) throws IOException {
    BufferedSource source = response.body().source();
    if (source.exhausted()) {
      return json.readValue("{}", type);
    }
    return json.readValue(source.inputStream(), type);
  }
}
