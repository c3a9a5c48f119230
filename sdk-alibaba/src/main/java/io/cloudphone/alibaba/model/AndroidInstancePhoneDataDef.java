package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The independent phone storage of an Android instance (documented as internal use only). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AndroidInstancePhoneData.Builder.class)
abstract class AndroidInstancePhoneDataDef {
  /** Id of the independent phone storage. */
  public abstract Optional<String> phoneDataId();

  /** Capacity of the independent phone storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();
}
