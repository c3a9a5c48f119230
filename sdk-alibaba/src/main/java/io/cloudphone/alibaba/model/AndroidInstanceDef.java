package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An Android (cloud phone) instance, as listed by {@code DescribeAndroidInstances}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AndroidInstance.Builder.class)
abstract class AndroidInstanceDef {
  /** Id of the instance, for example {@code acp-8at8h6ejkadjh****}. */
  public abstract Optional<String> androidInstanceId();

  /** Name of the instance. */
  public abstract Optional<String> androidInstanceName();

  /** Status, for example {@code RUNNING}, {@code STOPPED}, {@code REBOOTING} or {@code UNAVAILABLE}. */
  public abstract Optional<String> androidInstanceStatus();

  /** Id of the instance group the instance belongs to. */
  public abstract Optional<String> androidInstanceGroupId();

  /** Name of the instance group the instance belongs to. */
  public abstract Optional<String> androidInstanceGroupName();

  /** IP address of the instance's network interface. */
  public abstract Optional<String> networkInterfaceIp();

  /** Convenience account the instance is assigned to. */
  public abstract Optional<String> authorizedUserId();

  /** User attached to the instance. */
  public abstract Optional<String> bindUserId();

  /** Id of the persistent session. */
  public abstract Optional<String> persistentAppInstanceId();

  /** Id of the physical instance. */
  public abstract Optional<String> appInstanceId();

  /** Id of the attached ADB key pair. */
  public abstract Optional<String> keyPairId();

  /** When the instance was created, as the service formats it ({@code yyyy-MM-dd HH:mm:ss}). */
  public abstract Optional<String> gmtCreate();

  /** When the instance was last modified, as the service formats it ({@code yyyy-MM-dd HH:mm:ss}). */
  public abstract Optional<String> gmtModified();

  /** Id of the delivery group. */
  public abstract Optional<String> appInstanceGroupId();

  /** Region of the instance, for example {@code cn-hangzhou}. */
  public abstract Optional<String> regionId();

  /** Progress of a data backup or recovery, in percent. */
  public abstract Optional<Integer> rate();

  /** Why a data backup or recovery failed, for example {@code FilePathNotFound}. */
  public abstract Optional<String> errorCode();

  /** Rendering type, for example {@code local}. */
  public abstract Optional<String> renderingType();

  /** Instance type, for example {@code acp.basic.small}. */
  public abstract Optional<String> instanceType();

  /** Billing method: {@code PrePaid} or {@code PostPaid}. */
  public abstract Optional<String> chargeType();

  /** When the subscription of the instance group expires (UTC). */
  public abstract Optional<Instant> gmtExpired();

  /** Id of the policy group applied to the instance. */
  public abstract Optional<String> policyGroupId();

  /** Id of the network (basic or advanced shared network) chosen when the instance was created. */
  public abstract Optional<String> officeSiteId();

  /** Id of the vSwitch in the VPC. */
  public abstract Optional<String> vSwitchId();

  /** Memory size in MiB. */
  public abstract Optional<Integer> memory();

  /** Number of CPU cores; the service sends it as a string. */
  public abstract Optional<String> cpu();

  /** The disks of the instance. */
  public abstract List<AndroidInstanceDisk> disks();

  /** Resource tags of the instance. */
  public abstract List<Tag> tags();

  /** Version of the image the instance runs, for example {@code 3.5.3.867}. */
  public abstract Optional<String> imageVersion();

  /** Public IP address. */
  public abstract Optional<String> publicIpAddress();

  /** Session connection status, for example {@code connect}. */
  public abstract Optional<String> sessionStatus();

  /** IPv6 address of the network interface (not for public use; examples show the string {@code "null"}). */
  public abstract Optional<String> networkInterfaceIpv6Address();

  /** Public IPv6 address (not for public use; examples show the string {@code "null"}). */
  public abstract Optional<String> publicIpv6Address();

  /** Id of the image the instance runs. */
  public abstract Optional<String> imageId();

  /** Screen settings of the instance. */
  public abstract Optional<DisplayConfig> displayConfig();

  /** Id of the QoS rule; applies only to premium bandwidth. */
  public abstract Optional<String> qosRuleId();

  /** The application management rule (app blacklist or whitelist) of the instance. */
  public abstract Optional<AndroidInstanceAppManagePolicy> appManagePolicy();

  /** Zone of the instance, for example {@code cn-hangzhou-h}. */
  public abstract Optional<String> zoneId();

  /** Independent phone storage of the instance (internal use). */
  public abstract Optional<AndroidInstancePhoneData> phoneDataInfo();

  /** Streaming mode (internal use). */
  public abstract Optional<Integer> streamMode();

  /** Network type, for example {@code network_pro_ecd}. */
  public abstract Optional<String> networkType();

  /** Bandwidth type, for example {@code cbwp_ecd}. */
  public abstract Optional<String> bandwidthPackageType();

  /** Id of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();

  /** Upstream bandwidth limit in Mbit/s. */
  public abstract Optional<Integer> upBandwidthLimit();

  /** Downstream bandwidth limit in Mbit/s. */
  public abstract Optional<Integer> downBandwidthLimit();

  /** Server type hosting the instance (not for public use), for example {@code cpm.gx7.10xlarge}. */
  public abstract Optional<String> serverType();

  /** Business tags set by the service, for example {@code releaseFlag=on}. */
  public abstract List<Tag> bizTags();

  /** Status of the hosting server (internal use), for example {@code RUNNING}. */
  public abstract Optional<String> serverStatus();

  /** Android version, for example {@code Android 11}. */
  public abstract Optional<String> systemVersion();

  /** Internet access status; undocumented, empty in the reference example. */
  public abstract Optional<String> internetStatus();

  /** Business image type; undocumented, empty in the reference example. */
  public abstract Optional<String> bizImageType();

  /** Sales channel of the instance. */
  public abstract Optional<String> channel();

  /** Id of the package the instance was bought in. */
  public abstract Optional<String> packageId();
}
