package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone matrix: a physical server partitioned into phone instances, as listed by {@code DescribeCloudPhoneNodes}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneNode.Builder.class)
abstract class CloudPhoneNodeDef {
  /** Id of the matrix. */
  public abstract Optional<String> nodeId();

  /** Name of the matrix. */
  public abstract Optional<String> nodeName();

  /** State of the matrix, for example {@code RUNNING}. */
  public abstract Optional<String> status();

  /** Specification of the matrix, for example {@code cpm.gx7.10xlarge}. */
  public abstract Optional<String> serverType();

  /** Instance type of the matrix's phones, for example {@code ac.max}. */
  public abstract Optional<String> instanceType();

  /** Number of phone instances on the matrix. */
  public abstract Optional<Integer> phoneCount();

  /** Number of CPU cores; sent as a string. */
  public abstract Optional<String> cpu();

  /** Memory in GB. */
  public abstract Optional<Integer> memory();

  /** Screen width of the phones in pixels. */
  public abstract Optional<Integer> resolutionWidth();

  /** Screen height of the phones in pixels. */
  public abstract Optional<Integer> resolutionHeight();

  /** Size of the shared phone storage in GiB. */
  public abstract Optional<Integer> shareDataVolume();

  /** The phones' own storage, when they have it. */
  public abstract Optional<NodePhoneDataInfo> phoneDataInfo();

  /** Swap size of the matrix. */
  public abstract Optional<Integer> swapSize();

  /** Region of the matrix. */
  public abstract Optional<String> regionId();

  /** Billing method, for example {@code PrePaid}. */
  public abstract Optional<String> chargeType();

  /** Office network of the matrix. */
  public abstract Optional<String> networkId();

  /** Network type, for example {@code network_pro_ecd}. */
  public abstract Optional<String> networkType();

  /** VPC vSwitch of the matrix. */
  public abstract Optional<String> vSwitchId();

  /** Networks the matrix is attached to. */
  public abstract List<NodeNetwork> networkInfos();

  /** Id of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();

  /** Type of the bandwidth plan, for example {@code cbwp_ecd}. */
  public abstract Optional<String> bandwidthPackageType();

  /** State of the bandwidth plan: {@code 0} initializing, {@code 1} normal, {@code 2} deleted. */
  public abstract Optional<String> bandwidthPackageStatus();

  /** Tags on the matrix. */
  public abstract List<Tag> bizTags();

  /** Creation time as the service writes it, for example {@code 2024-11-13 02:03:14}. */
  public abstract Optional<String> gmtCreate();

  /** Last modification time as the service writes it. */
  public abstract Optional<String> gmtModified();

  /** Expiry time of the subscription as the service writes it. */
  public abstract Optional<String> gmtExpired();

  /** Sales channel of the matrix. */
  public abstract Optional<String> channel();

  /** Id of the package the matrix was bought in. */
  public abstract Optional<String> packageId();

  /** Resource tags of the matrix. */
  public abstract List<Tag> tags();
}
