package io.cloudphone.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.internal.Crypto;
import io.cloudphone.huawei.internal.HuaweiCanonical;
import io.cloudphone.huawei.internal.HuaweiSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Hand-made GET requests to a FakeHuaweiCph, signed or not, for what the typed client would refuse to send. */
final class RawCph {
  /** An answer: status and parsed JSON body. */
  record Answer(int status, JsonNode body) {}

  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawCph() {}

  /** A GET of {@code path} with {@code query}, signed with the fake's credentials on its clock. */
  static Answer signedGet(FakeHuaweiCph fake, String path, List<Map.Entry<String, String>> query) {
    HttpUrl.Builder url = HttpUrl.get(fake.endpoint().toString()).newBuilder().encodedPath(path);
    query.forEach(pair -> url.addQueryParameter(pair.getKey(), pair.getValue()));
    HttpUrl built = url.build();
    String host = built.host() + ":" + built.port();
    String date = HuaweiSigner.sdkDate(fake.time().now());
    String authorization = HuaweiSigner.authorization(fake.credentials().accessKeyId(),
        fake.credentials().secretAccessKey(), "GET", HuaweiCanonical.canonicalUriOfEncodedPath(path),
        HuaweiCanonical.canonicalQuery(query), List.of("host", host, "x-sdk-date", date),
        Crypto.sha256Hex(new byte[0]), date);
    return send(new Request.Builder().url(built).header("X-Sdk-Date", date)
        .header("Authorization", authorization).build());
  }

  /** A GET of {@code path} without any credentials. */
  static Answer unsignedGet(FakeHuaweiCph fake, String path) {
    return send(new Request.Builder().url(fake.endpoint() + path).build());
  }

  private static Answer send(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      return new Answer(response.code(), JSON.readTree(response.body().string()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
