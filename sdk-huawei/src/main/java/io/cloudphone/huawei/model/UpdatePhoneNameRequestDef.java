package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** The phone to rename and its new name, for {@code UpdatePhoneName}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdatePhoneNameRequest.Builder.class)
abstract class UpdatePhoneNameRequestDef {
  // The English reference allows letters, digits, '-' and '_'; the Chinese one also names Chinese characters.
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-\\p{IsHan}]+");

  /** Id of the cloud phone to rename. */
  public abstract String phoneId();

  /** New name: 1 to 60 characters, letters (Chinese characters included), digits, hyphens and underscores. */
  public abstract String phoneName();

  @Value.Check
  void check() {
    Validate.notBlank("phone_id", phoneId());
    Validate.length("phone_name", phoneName(), 1, 60);
    Validate.matches(
        "phone_name", phoneName(), NAME, "letters (Chinese characters included), digits, hyphens (-) and underscores (_)");
  }
}
