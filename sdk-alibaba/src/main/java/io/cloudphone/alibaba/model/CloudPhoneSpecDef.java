package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An instance specification on offer, as listed by {@code DescribeSpec}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneSpec.Builder.class)
abstract class CloudPhoneSpecDef {
  /** Id of the specification, for example {@code acp.basic.small}. */
  public abstract Optional<String> specId();

  /** Type of the specification, for example {@code ARM}. */
  public abstract Optional<String> specType();

  /** State of the specification, for example {@code Available}. */
  public abstract Optional<String> specStatus();

  /** Number of CPU cores. */
  public abstract Optional<Integer> core();

  /** Memory in GB. */
  public abstract Optional<Integer> memory();

  /** System disk size in GB. */
  public abstract Optional<Integer> systemDiskSize();

  /** Screen resolution, for example {@code 1920*1080}. */
  public abstract Optional<String> resolution();

  /** Number of instances; the API sends it as a string. */
  public abstract Optional<String> phoneCount();

  /** Fewest instances a matrix of this specification holds; sent as a string. */
  public abstract Optional<String> minPhoneCount();

  /** Most instances a matrix of this specification holds; sent as a string. */
  public abstract Optional<String> maxPhoneCount();
}
