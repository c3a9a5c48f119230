package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** TLS is prepared only for HTTPS: the shared base speaks plain HTTP, and its clients get TLS when asked for it. */
class SharedHttpClientTlsTest {
  private static final HttpUrl PLAIN = HttpUrl.get("http://127.0.0.1:9/v1/phones");
  private static final HttpUrl SECURE = HttpUrl.get("https://cph.cn-east-3.myhuaweicloud.com/v1/phones");

  private final OkHttpClient derived = SharedHttpClient.withTimeouts(SharedHttpClient.base(), Duration.ofSeconds(3),
      Duration.ofSeconds(7), Duration.ofSeconds(11));

  @Test
  void base_preparesNoTls() {
    assertThat(SharedHttpClient.base().x509TrustManager()).isNull();
    assertThat(derived.x509TrustManager()).isNull();
  }

  @Test
  void forUrl_plainHttp_sameClient() {
    assertThat(SharedHttpClient.forUrl(derived, PLAIN)).isSameAs(derived);
  }

  @Test
  void forUrl_https_tlsClientWithTheSameTimeoutsPoolAndDispatcher() {
    OkHttpClient tls = SharedHttpClient.forUrl(derived, SECURE);

    assertThat(tls.x509TrustManager()).isNotNull();
    assertThat(tls.sslSocketFactory()).isNotNull();
    assertThat(tls.connectTimeoutMillis()).isEqualTo(3_000);
    assertThat(tls.readTimeoutMillis()).isEqualTo(7_000);
    assertThat(tls.writeTimeoutMillis()).isEqualTo(7_000);
    assertThat(tls.callTimeoutMillis()).isEqualTo(11_000);
    assertThat(tls.dispatcher()).isSameAs(derived.dispatcher());
    assertThat(tls.connectionPool()).isSameAs(derived.connectionPool());
    assertThat(tls.followRedirects()).isFalse();
    assertThat(tls.retryOnConnectionFailure()).isFalse();
  }

  @Test
  void forUrl_callersOwnClient_returnedAsItIs() {
    OkHttpClient own = new OkHttpClient.Builder().build();

    assertThat(SharedHttpClient.forUrl(own, SECURE)).isSameAs(own);
    assertThat(SharedHttpClient.forUrl(own, PLAIN)).isSameAs(own);
  }
}
