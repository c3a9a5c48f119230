package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.ServerStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Maps CPH cloud phone server status codes (API reference §5.1.1) to {@link ServerStatus}. */
public final class HuaweiServerStatusMapper {
  private static final Map<Integer, ServerStatus> CODES = Map.ofEntries(
      Map.entry(0, ServerStatus.CREATING),
      Map.entry(1, ServerStatus.CREATING),
      Map.entry(3, ServerStatus.CREATING),
      Map.entry(4, ServerStatus.CREATING),
      Map.entry(2, ServerStatus.FAILED), // abnormal
      Map.entry(5, ServerStatus.RUNNING), // "normal"
      Map.entry(8, ServerStatus.FROZEN),
      Map.entry(10, ServerStatus.STOPPED),
      Map.entry(11, ServerStatus.STOPPING),
      Map.entry(12, ServerStatus.FAILED), // stopping failed
      Map.entry(13, ServerStatus.STARTING));

  private HuaweiServerStatusMapper() {}

  /** The neutral status of a CPH server status code; absent or undocumented codes are UNKNOWN. */
  public static ServerStatus toNeutral(Integer providerStatus) {
    return providerStatus == null ? ServerStatus.UNKNOWN
        : CODES.getOrDefault(providerStatus, ServerStatus.UNKNOWN);
  }

  /** The CPH codes that map to {@code status}, in ascending order. */
  public static Set<Integer> codesOf(ServerStatus status) {
    Set<Integer> codes = new TreeSet<>();
    CODES.forEach((code, neutral) -> {
      if (neutral == status) {
        codes.add(code);
      }
    });
    return codes;
  }

  /** The one CPH code for {@code status}, when exactly one exists (so ListCloudPhoneServers can filter by it). */
  public static Optional<Integer> singleCode(ServerStatus status) {
    Set<Integer> codes = codesOf(status);
    return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
  }
}
