package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of cloud phone flavors. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneModelsResponse.Builder.class)
abstract class ListCloudPhoneModelsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The flavors on this page. */
  public abstract List<CloudPhoneModel> phoneModels();
}
