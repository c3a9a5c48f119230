package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A {@code .tar} file in OBS that {@code PushFile} downloads, unpacks and copies to the root of each phone's file
 * system (files up to 6 GB; the service needs read access to the bucket).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PushFileRequest.Builder.class)
abstract class PushFileRequestDef {
  private static final Pattern OBS_TAR = Pattern.compile("obs://[A-Za-z0-9_./:-]+\\.tar");

  /** The file as {@code obs://bucket/path/file.tar}: at most 1,024 bytes of letters, digits, {@code _ . / : -}. */
  public abstract String content();

  /** Phones the command runs on; give these or {@link #serverIds()}, not both. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> phoneIds();

  /** Cloud phone servers on whose phones the command runs; give these or {@link #phoneIds()}, not both. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    Validate.notBlank("content", content());
    Validate.maxBytes("content", content(), AdbCommandChecks.MAX_CONTENT_BYTES);
    Validate.matches("content", content(), OBS_TAR,
        "an obs://bucket/path/file.tar address of letters, digits, '_', '.', '/', ':' and '-'");
    AdbCommandChecks.targets(phoneIds(), serverIds());
  }
}
