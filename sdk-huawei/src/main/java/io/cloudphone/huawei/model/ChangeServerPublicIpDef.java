package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The elastic IP of a swapped server: an existing one by id, or a new one of a given line type. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeServerPublicIp.Builder.class)
abstract class ChangeServerPublicIpDef {
  /** Existing elastic IP to use; at most one. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> ids();

  /** New elastic IP to create, when no id is given. */
  public abstract Optional<NewElasticIp> eip();

  /** Number of elastic IPs, 0 (none) up to the number of phone IPs; 1 by default. */
  public abstract Optional<Integer> count();

  @Value.Check
  void check() {
    Validate.size("ids", ids(), 0, 1);
    Validate.range("count", count(), 0, Integer.MAX_VALUE);
  }
}
