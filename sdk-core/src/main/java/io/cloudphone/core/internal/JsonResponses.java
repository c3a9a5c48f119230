package io.cloudphone.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads successful answers into their models; an empty body (e.g. 204) reads as {@code {}}.
 *
 * <p>A body whose announced length is at most {@link #IN_MEMORY_LIMIT} bytes is read into an array of that size
 * and parsed from it, which is cheaper for Jackson than pulling it through an {@code InputStream}; a longer one,
 * or one of unknown length, is streamed, so a huge answer is never held in memory whole. Each instance keeps one {@link ObjectReader} per response type, so the root deserializer
 * is not looked up again on every call.
 */
public final class JsonResponses {
  /** Bodies up to this many bytes are parsed from memory; longer ones are streamed. */
  static final long IN_MEMORY_LIMIT = 1L << 20;

  private final ObjectMapper json;
  private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  /** Reads answers with {@code json}. */
  public JsonResponses(ObjectMapper json) {
    this.json = json;
  }

  /** Parses the body of {@code response} as {@code type}. */
  public <T> T read(Response response, Class<T> type) throws IOException {
    return read(readers.computeIfAbsent(type, json::readerFor), response);
  }

  /** Parses the body of {@code response} as {@code type} (without keeping a reader for the next call). */
  public static <T> T read(ObjectMapper json, Response response, Class<T> type) throws IOException {
    return read(json.readerFor(type), response);
  }

  private static <T> T read(ObjectReader reader, Response response) throws IOException {
    ResponseBody body = response.body();
    BufferedSource source = body.source();
    long length = body.contentLength();
    if (length < 0 || length > IN_MEMORY_LIMIT) {
      // Unknown (chunked, decompressed) or large: stream it.
      return source.exhausted() ? reader.readValue("{}") : reader.readValue(source.inputStream());
    }
    if (length == 0) {
      return reader.readValue("{}");
    }
    // Read straight into an array of the announced size: each segment goes back to okio's pool once copied,
    // so the body is not buffered twice on its way.
    byte[] bytes = new byte[(int) length];
    for (int offset = 0; offset < bytes.length; ) {
      int read = source.read(bytes, offset, bytes.length - offset);
      if (read < 0) {
        throw new EOFException("the body ended after " + offset + " of the " + length + " bytes announced");
      }
      offset += read;
    }
    return reader.readValue(bytes);
  }
}
