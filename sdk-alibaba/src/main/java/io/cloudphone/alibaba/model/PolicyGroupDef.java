package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone policy as listed by {@code ListPolicyGroups}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PolicyGroup.Builder.class)
abstract class PolicyGroupDef {
  /** Id of the policy. */
  public abstract Optional<String> policyGroupId();

  /** Name of the policy. */
  public abstract Optional<String> policyGroupName();

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

  /** Network redirection settings. */
  public abstract Optional<NetRedirectPolicy> netRedirectPolicy();

  /** Screen height in pixels. */
  public abstract Optional<Integer> sessionResolutionHeight();

  /** Screen width in pixels. */
  public abstract Optional<Integer> sessionResolutionWidth();

  /** Watermark settings. */
  public abstract Optional<Watermark> watermark();

  /** Instance groups and matrices the policy applies to. */
  public abstract Optional<PolicyRelatedResources> policyRelatedResources();

  /** When the policy was created, as the service formats it. */
  public abstract Optional<String> gmtCreate();

  /** Network access rules of the policy. */
  public abstract List<AccessPolicy> accessPolicies();
}
