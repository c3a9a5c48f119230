package io.cloudphone.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CredentialsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static final String SECRET = "very-secret-key-0123";

  @Test
  void accessKeyCredentials_toString_neverShowsSecretOrToken() {
    AccessKeyCredentials credentials = AccessKeyCredentials.temporary("AKID", SECRET, "sts-token-xyz");
    assertThat(credentials.toString()).contains("AKID").doesNotContain(SECRET).doesNotContain("sts-token-xyz");
    assertThat(StaticCredentialsProvider.of(credentials).toString()).doesNotContain(SECRET);
  }

  @Test
  void environment_bothKeysSet_givesCredentials_withOptionalToken() {
    Map<String, String> env = Map.of("AK", "id", "SK", SECRET, "TOKEN", "tok");
    Credentials credentials = EnvironmentCredentialsProvider.of("AK", "SK", "TOKEN", env::get).resolveCredentials();
    assertThat(credentials).isEqualTo(AccessKeyCredentials.temporary("id", SECRET, "tok"));
  }

  @Test
  void environment_onlyOneKeySet_saysWhich() {
    Map<String, String> env = Map.of("AK", "id");
    assertThatThrownBy(() -> EnvironmentCredentialsProvider.of("AK", "SK", null, env::get).resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("AK and SK must both be set (only one of them is)");
  }

  @Test
  void chain_returnsFirstThatHasCredentials() {
    CredentialsProvider empty = EnvironmentCredentialsProvider.of("A", "B", null, name -> null);
    CredentialsProvider fixed = StaticCredentialsProvider.of(AccessKeyCredentials.of("id", SECRET));
    assertThat(CredentialsProviderChain.of(empty, fixed).resolveCredentials())
        .isEqualTo(AccessKeyCredentials.of("id", SECRET));
  }

  @Test
  void chain_noneHasCredentials_collectsEveryReason() {
    CredentialsProvider first = EnvironmentCredentialsProvider.of("A1", "B1", null, name -> null);
    CredentialsProvider second = () -> {
      throw new CredentialsException("profile file not found");
    };
    assertThatThrownBy(() -> CredentialsProviderChain.of(first, second).resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("A1 and B1 must both be set")
        .hasMessageContaining("profile file not found");
  }

  @Test
  void blankKeys_rejectedNamingTheField() {
    assertThatThrownBy(() -> AccessKeyCredentials.of(" ", SECRET)).hasMessageContaining("accessKeyId");
    assertThatThrownBy(() -> AccessKeyCredentials.of("id", "")).hasMessageContaining("secretAccessKey")
        .hasMessageNotContaining(SECRET);
  }
}
