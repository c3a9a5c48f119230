package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Installs registered apps on instances or whole instance groups ({@code InstallApp}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstallAppRequest.Builder.class)
abstract class InstallAppRequestDef {
  /** Apps to install. */
  public abstract List<String> appIdList();

  /** Instance groups whose instances all take part. */
  public abstract List<String> instanceGroupIdList();

  /** Individual instances that take part. */
  public abstract List<String> instanceIdList();
}
