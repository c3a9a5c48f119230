package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The Android system properties a template sets with setprop; sent as one JSON string. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SystemPropertyInfo.Builder.class)
abstract class SystemPropertyInfoDef {
  /** Custom properties; left out of the JSON when empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CustomPropertyInfo> customPropertyInfos();

  /** Value for {@code ro.bootloader}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBootloader();

  /** Value for {@code ro.build.display.id}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildDisplayId();

  /** Value for {@code ro.build.fingerprint}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildFingerprint();

  /** Value for {@code ro.build.host}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildHost();

  /** Value for {@code ro.build.id}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildId();

  /** Value for {@code ro.build.product}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildProduct();

  /** Value for {@code ro.build.tags}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildTags();

  /** Value for {@code ro.build.type}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildType();

  /** Value for {@code ro.build.user}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roBuildUser();

  /** Value for {@code ro.product.board}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roProductBoard();

  /** Value for {@code ro.product.brand}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roProductBrand();

  /** Value for {@code ro.product.device}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roProductDevice();

  /** Value for {@code ro.product.manufacturer}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roProductManufacturer();

  /** Value for {@code ro.product.model}; the reference marks it as not yet open to users. */
  public abstract Optional<String> roProductModel();

  /** Value for {@code rw.ro.serial.no}; the reference marks it as not yet open to users. */
  public abstract Optional<String> rwRoSerialNo();
}
