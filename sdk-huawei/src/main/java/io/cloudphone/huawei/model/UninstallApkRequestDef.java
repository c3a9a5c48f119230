package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The app that {@code UninstallApk} removes from the phones. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UninstallApkRequest.Builder.class)
abstract class UninstallApkRequestDef {
  /** Package name of the app, e.g. {@code com.example.app}: at most 1,024 bytes of letters, digits, {@code _ . / : -}. */
  public abstract String content();

  /** Phones the command runs on; give these or {@link #serverIds()}, not both. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> phoneIds();

  /** Cloud phone servers on whose phones the command runs; give these or {@link #phoneIds()}, not both. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    AdbCommandChecks.content(content(), AdbCommandChecks.MAX_CONTENT_BYTES);
    AdbCommandChecks.targets(phoneIds(), serverIds());
  }
}
