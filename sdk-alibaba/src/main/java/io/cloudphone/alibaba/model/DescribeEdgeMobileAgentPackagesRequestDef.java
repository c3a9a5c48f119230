package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and page window of {@code DescribeEdgeMobileAgentPackages}; every field is optional.
 *
 * <p>Quirk: unlike most eds-aic lists, {@code LicenseKeys} and {@code PackageIds} travel as one comma-separated
 * string each ({@code PackageIds=cmag-1,cmag-2}); the SDK joins them.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeEdgeMobileAgentPackagesRequest.Builder.class)
abstract class DescribeEdgeMobileAgentPackagesRequestDef {
  /** Only packages for this form factor, for example {@code BOX}. */
  public abstract Optional<String> deviceClass();

  /**
   * Only packages holding these license keys; sent comma-joined as one {@code LicenseKeys} string, never shown by
   * {@code toString}.
   */
  @JsonSerialize(using = CommaSeparatedSerializer.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Redacted
  public abstract List<String> licenseKeys();

  /** Entries per page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only these packages; sent comma-joined as one {@code PackageIds} string. */
  @JsonSerialize(using = CommaSeparatedSerializer.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> packageIds();

  /** Only packages in this status, for example {@code ACTIVE}. */
  public abstract Optional<String> status();

  @Value.Check
  void check() {
    CommaSeparatedSerializer.checkNoCommas("LicenseKeys", licenseKeys());
    CommaSeparatedSerializer.checkNoCommas("PackageIds", packageIds());
  }
}
