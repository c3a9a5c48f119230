package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code CreateMobileAgentPackage}, which buys mobile agent resource plans (agent node packages with
 * credits); every field is optional.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateMobileAgentPackageRequest.Builder.class)
abstract class CreateMobileAgentPackageRequestDef {
  /** Number of resource plans; the API takes it as a string, for example {@code 1}. */
  public abstract Optional<String> amount();

  /** Whether the order is paid from the account balance; otherwise only an unpaid order is created. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the subscription renews automatically. */
  public abstract Optional<Boolean> autoRenew();

  /** Region of the plans; only {@code cn-hangzhou} is offered. */
  public abstract Optional<String> bizRegionId();

  /** Sales channel marker, as Alibaba issues it. */
  public abstract Optional<String> channelCookie();

  /** Credit quota of the plan, as a string (for example {@code 10000.0}). */
  public abstract Optional<String> creditAmount();

  /**
   * Credit limit configuration. Quirk: a plain string here (documented example {@code 1}), whereas
   * ModifyJVSInstance takes {@code CreditConfig} as a list of quotas.
   */
  public abstract Optional<String> creditConfig();

  /** Image of the agent instances. */
  public abstract Optional<String> imageId();

  /** Name of the agent instances. */
  public abstract Optional<String> instanceName();

  /** Plan specification, for example {@code advanced}. */
  public abstract Optional<String> mobileAgentPackageSpec();

  /** Id of the plan specification. */
  public abstract Optional<Long> packageSpecId();

  /**
   * Page to open after payment. Spelled {@code PaidCallbackUrl} here, unlike the {@code PaidCallBackUrl} of older
   * operations.
   */
  public abstract Optional<String> paidCallbackUrl();

  /** Length of the subscription in {@code PeriodUnit}s. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}: {@code Month} or {@code Year}. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply. */
  public abstract Optional<String> promotionId();
}
