package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ChangeCloudPhoneNode}: a new instance type or phone count for one matrix. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneNodeRequest.Builder.class)
abstract class ChangeCloudPhoneNodeRequestDef {
  /** Instance type the matrix's phones should get, for example {@code ac.max} or {@code ac.plus}. */
  public abstract Optional<String> instanceType();

  /** Id of the cloud phone matrix to change. */
  public abstract Optional<String> nodeId();

  /** Number of phone instances the matrix should hold; {@code DescribeSpec} gives the allowed minimum and maximum. */
  public abstract Optional<Integer> phoneCount();
}
