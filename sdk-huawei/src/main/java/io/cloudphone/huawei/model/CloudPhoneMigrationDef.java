package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** One whole-phone move, system and data disks, from a stopped source phone onto a target phone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneMigration.Builder.class)
abstract class CloudPhoneMigrationDef {
  /** Id of the phone whose disks are moved; stop it first. */
  public abstract String sourcePhoneId();

  /** Id of the phone receiving the disks. */
  public abstract String targetPhoneId();

  /**
   * Whether the source phone's properties move too ({@code is_migrate_property} on the wire): the string
   * {@code "true"} (any case) moves them, anything else or absence does not.
   */
  @JsonProperty("is_migrate_property")
  public abstract Optional<String> migrateProperty();

  @Value.Check
  void check() {
    Validate.notBlank("source_phone_id", sourcePhoneId());
    Validate.notBlank("target_phone_id", targetPhoneId());
  }
}
