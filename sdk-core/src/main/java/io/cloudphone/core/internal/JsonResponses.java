package io.cloudphone.core.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
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
 * Reads successful answers into their models. A 204 or 205 reads as {@code {}} (an empty model); any other
 * answer must hold a JSON object, or reading fails with a {@link MalformedBodyException} saying what it held
 * instead (empty, not JSON, an array, ...), in a few words and without Jackson's multi-line parser text.
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
    if (response.code() == 204 || response.code() == 205) {
      return reader.readValue("{}"); // "No Content" by definition: Huawei's tag operations answer so
    }
    ResponseBody body = response.body();
    BufferedSource source = body.source();
    long length = body.contentLength();
    if (length < 0 || length > IN_MEMORY_LIMIT) {
      // Unknown (chunked, decompressed) or large: stream it.
      if (source.exhausted()) {
        throw new MalformedBodyException("is empty");
      }
      return parse(reader, reader.createParser(source.inputStream()));
    }
    if (length == 0) {
      throw new MalformedBodyException("is empty");
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
    return parse(reader, reader.createParser(bytes));
  }

  private static <T> T parse(ObjectReader reader, JsonParser parser) throws IOException {
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedBodyException("is empty");
      }
      if (first != JsonToken.START_OBJECT) {
        throw new MalformedBodyException("is " + describe(first) + ", not the JSON object expected");
      }
      return reader.readValue(parser);
    } catch (JsonParseException e) {
      throw new MalformedBodyException("is not JSON" + location(e));
    } catch (JsonMappingException e) {
      // Jackson's collection deserializers wrap whatever fails inside them, reading the socket included: a body
      // cut short or over the size limit is that failure, not a mismatch.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
          throw io;
        }
      }
      throw new MalformedBodyException("does not match the expected JSON object at " + path(e));
    }
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "a JSON array";
      case VALUE_NULL:
        return "JSON null";
      case VALUE_STRING:
        return "a JSON string";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a JSON boolean";
      default:
        return "a JSON number";
    }
  }

  private static String location(JsonParseException e) {
    return e.getLocation() == null ? "" : " (at byte " + e.getLocation().getByteOffset() + ")";
  }

  /** The JSON path of a mismatch, e.g. {@code $.phones[0].status}, without Jackson's class names. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
