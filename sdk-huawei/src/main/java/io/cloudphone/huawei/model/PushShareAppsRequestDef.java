package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application packed as a {@code .tar} file in OBS that {@code PushShareApps} pushes to the shared application
 * storage of cloud phone servers (only flavors with application sharing).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PushShareAppsRequest.Builder.class)
abstract class PushShareAppsRequestDef {
  /** Package name of the application, for example {@code com.example.game}. */
  public abstract String packageName();

  /** 1 preinstalls the application on the phones, 0 (the default) only stores it. */
  public abstract Optional<Integer> preInstallApp();

  /** OBS bucket holding the file: 3 to 63 lower-case letters, digits, {@code -} and {@code .}. */
  public abstract String bucketName();

  /** Path of the {@code .tar} object in the bucket, at most 1,024 characters. */
  public abstract String objectPath();

  /** Ids of the servers to push to, 1 to 100. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    Validate.notBlank("package_name", packageName());
    preInstallApp().ifPresent(v -> Validate.oneOf("pre_install_app", v, List.of(0, 1)));
    ServerChecks.obsSource(bucketName(), objectPath());
    // Huawei's current reference caps one call at 100 servers.
    ServerChecks.serverIds(serverIds(), 100);
  }
}
