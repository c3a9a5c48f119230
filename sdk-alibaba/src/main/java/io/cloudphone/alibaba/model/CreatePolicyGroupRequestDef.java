package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates a cloud phone policy ({@code CreatePolicyGroup}); every setting is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreatePolicyGroupRequest.Builder.class)
abstract class CreatePolicyGroupRequestDef {
  /** Webcam redirection: {@code on} or {@code off}. */
  public abstract Optional<String> cameraRedirect();

  /** Clipboard access: {@code read}, {@code readwrite} or {@code off}. */
  public abstract Optional<String> clipboard();

  /** Web client file transfer: {@code all}, {@code download}, {@code upload} or {@code off}. */
  public abstract Optional<String> html5FileTransfer();

  /** Local drive access: {@code read}, {@code readwrite} or {@code off}. */
  public abstract Optional<String> localDrive();

  /** Whether the resolution is locked: {@code on} or {@code off}. */
  public abstract Optional<String> lockResolution();

  /** Network redirection settings; sent as one JSON string. */
  public abstract Optional<NetRedirectPolicy> netRedirectPolicy();

  /** Name of the policy. */
  public abstract Optional<String> policyGroupName();

  /** Type of the policy. */
  public abstract Optional<String> policyType();

  /** Screen height in pixels. */
  public abstract Optional<Integer> resolutionHeight();

  /** Screen width in pixels. */
  public abstract Optional<Integer> resolutionWidth();

  /** Watermark settings; sent as one JSON string. */
  public abstract Optional<Watermark> watermark();

  @Value.Check
  void check() {
    netRedirectPolicy().ifPresent(policy -> {
      Validate.size("NetRedirectPolicy.Rules", policy.rules(), 0, 100);
      Validate.length("NetRedirectPolicy.ProxyUserName", policy.proxyUserName(), 1, 256);
      Validate.length("NetRedirectPolicy.ProxyPassword", policy.proxyPassword(), 1, 256);
    });
  }
}
