package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An instance group of cloud phones with one specification and image, as listed by {@code DescribeAndroidInstanceGroups}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AndroidInstanceGroup.Builder.class)
abstract class AndroidInstanceGroupDef {
  /** Id of the instance group. */
  public abstract Optional<String> instanceGroupId();

  /** Name of the instance group. */
  public abstract Optional<String> instanceGroupName();

  /** State of the group, for example {@code RUNNING}. */
  public abstract Optional<String> instanceGroupStatus();

  /** Instance specification, for example {@code acp.basic.small}. */
  public abstract Optional<String> instanceGroupSpec();

  /** Readable description of the specification, for example {@code ARM-2vCPU4GiB 32GiB}. */
  public abstract Optional<String> instanceGroupSpecDescribe();

  /** Number of instances in the group; the API sends it as a string. */
  public abstract Optional<String> numberOfInstances();

  /** Number of instances that are neither being deleted nor deleted. */
  public abstract Optional<Integer> availableInstanceAmount();

  /** Processor architecture, for example {@code ARM}. */
  public abstract Optional<String> architectureType();

  /** Number of vCPUs; sent as a string. */
  public abstract Optional<String> cpu();

  /** Memory size. */
  public abstract Optional<Integer> memory();

  /** Disks of each instance. */
  public abstract List<InstanceGroupDisk> disks();

  /** Image the instances run. */
  public abstract Optional<String> imageId();

  /** Version of that image. */
  public abstract Optional<String> imageVersion();

  /** Android version, for example {@code Android 12}. */
  public abstract Optional<String> systemVersion();

  /** Apps installed on the instances, as one comma-separated string of quoted names. */
  public abstract Optional<String> installedAppList();

  /** Rendering mode: {@code GPURemote}, {@code CPU} or GPU local rendering. */
  public abstract Optional<String> renderingType();

  /** Screen width in pixels. */
  public abstract Optional<Integer> resolutionWidth();

  /** Screen height in pixels. */
  public abstract Optional<Integer> resolutionHeight();

  /** Billing method, for example {@code PrePaid}. */
  public abstract Optional<String> chargeType();

  /** Purchase mode of the group. */
  public abstract Optional<String> saleMode();

  /** Region of the group. */
  public abstract Optional<String> regionId();

  /** Zone of the group. */
  public abstract Optional<String> zoneId();

  /** Network of the group. */
  public abstract Optional<String> officeSiteId();

  /** Network type; returned only for groups on a standard network. */
  public abstract Optional<String> networkType();

  /** VPC vSwitch of the group. */
  public abstract Optional<String> vSwitchId();

  /** Policy applied to the group. */
  public abstract Optional<String> policyGroupId();

  /** Id of the delivery group. */
  public abstract Optional<String> appInstanceGroupId();

  /** Id of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();

  /** State of the bandwidth plan, for example {@code InUse} or {@code Expired}. */
  public abstract Optional<String> bandwidthPackageStatus();

  /** Type of the bandwidth plan, for example {@code cbwp_ecd}. */
  public abstract Optional<String> bandwidthPackageType();

  /** Public bandwidth throttling rules of the group. */
  public abstract Optional<InstanceGroupQosRules> bindQosRules();

  /** Whether IPv6 is enabled; not publicly offered yet. */
  public abstract Optional<Boolean> enableIpv6();

  /** IPv6 bandwidth; not publicly offered yet. */
  public abstract Optional<Integer> ipv6Bandwidth();

  /** Why creating the group failed, for example {@code InternalError}. */
  public abstract Optional<String> errorCode();

  /** Tags on the group. */
  public abstract List<Tag> tags();

  /** Creation time as the service writes it, for example {@code 2024-02-01 10:56:36}. */
  public abstract Optional<String> gmtCreate();

  /** Last update time as the service writes it. */
  public abstract Optional<String> gmtModified();

  /** Expiry time of a subscription group as the service writes it. */
  public abstract Optional<String> gmtExpired();

  /** Sales channel of the group. */
  public abstract Optional<String> channel();

  /** Id of the package the group was bought in. */
  public abstract Optional<String> packageId();
}
