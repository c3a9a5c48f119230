package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.PhoneStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Maps CPH cloud phone status codes (API reference §5.3.1) to {@link PhoneStatus}. */
public final class HuaweiPhoneStatusMapper {
  private static final Map<Integer, PhoneStatus> CODES = Map.ofEntries(
      Map.entry(0, PhoneStatus.CREATING),
      Map.entry(1, PhoneStatus.CREATING),
      Map.entry(2, PhoneStatus.RUNNING),
      Map.entry(3, PhoneStatus.RESETTING),
      Map.entry(4, PhoneStatus.RESTARTING),
      Map.entry(6, PhoneStatus.FROZEN),
      Map.entry(7, PhoneStatus.STOPPING),
      Map.entry(8, PhoneStatus.STOPPED),
      Map.entry(-5, PhoneStatus.FAILED), // reset failed
      Map.entry(-6, PhoneStatus.FAILED), // restart failed
      Map.entry(-7, PhoneStatus.FAILED), // abnormal
      Map.entry(-8, PhoneStatus.FAILED), // creation failed
      Map.entry(-9, PhoneStatus.FAILED)); // stopping failed

  private HuaweiPhoneStatusMapper() {}

  /** The neutral status of a CPH phone status code; absent or undocumented codes are UNKNOWN. */
  public static PhoneStatus toNeutral(Integer providerStatus) {
    return providerStatus == null ? PhoneStatus.UNKNOWN : CODES.getOrDefault(providerStatus, PhoneStatus.UNKNOWN);
  }

  /** The CPH codes that map to {@code status}, in ascending order (empty for UNKNOWN and unused statuses). */
  public static Set<Integer> codesOf(PhoneStatus status) {
    Set<Integer> codes = new TreeSet<>();
    CODES.forEach((code, neutral) -> {
      if (neutral == status) {
        codes.add(code);
      }
    });
    return codes;
  }

  /** The one CPH code for {@code status}, when exactly one exists (so ListCloudPhones can filter by it). */
  public static Optional<Integer> singleCode(PhoneStatus status) {
    Set<Integer> codes = codesOf(status);
    return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
  }
}
