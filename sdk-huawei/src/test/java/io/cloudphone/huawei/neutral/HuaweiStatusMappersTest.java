package io.cloudphone.huawei.neutral;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.JobStatus;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.ServerStatus;
import io.cloudphone.huawei.internal.neutral.HuaweiJobStatusMapper;
import io.cloudphone.huawei.internal.neutral.HuaweiPhoneStatusMapper;
import io.cloudphone.huawei.internal.neutral.HuaweiServerStatusMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented CPH status code (API reference §5.1.1, §5.3.1, §5.4) and its neutral status. */
class HuaweiStatusMappersTest {
  @ParameterizedTest(name = "phone status {0} ({2}) -> {1}")
  @CsvSource({
      "0, CREATING, creating",
      "1, CREATING, creating",
      "2, RUNNING, running",
      "3, RESETTING, resetting",
      "4, RESTARTING, restarting",
      "6, FROZEN, frozen",
      "7, STOPPING, stopping",
      "8, STOPPED, stopped",
      "-5, FAILED, reset failed",
      "-6, FAILED, restart failed",
      "-7, FAILED, abnormal",
      "-8, FAILED, creation failed",
      "-9, FAILED, stopping failed",
      "5, UNKNOWN, undocumented",
      "9, UNKNOWN, undocumented",
      "-1, UNKNOWN, undocumented",
      "99, UNKNOWN, undocumented"})
  void phoneStatus_documentedCode_mapsToNeutral(int code, PhoneStatus expected, String meaning) {
    assertThat(HuaweiPhoneStatusMapper.toNeutral(code)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "server status {0} ({2}) -> {1}")
  @CsvSource({
      "0, CREATING, creating",
      "1, CREATING, creating",
      "3, CREATING, creating",
      "4, CREATING, creating",
      "2, FAILED, abnormal",
      "5, RUNNING, normal",
      "8, FROZEN, frozen",
      "10, STOPPED, stopped",
      "11, STOPPING, being stopped",
      "12, FAILED, stopping failed",
      "13, STARTING, starting",
      "6, UNKNOWN, undocumented",
      "9, UNKNOWN, undocumented",
      "14, UNKNOWN, undocumented",
      "-1, UNKNOWN, undocumented"})
  void serverStatus_documentedCode_mapsToNeutral(int code, ServerStatus expected, String meaning) {
    assertThat(HuaweiServerStatusMapper.toNeutral(code)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "job status {0} ({2}) -> {1}")
  @CsvSource({
      "1, RUNNING, running",
      "2, SUCCEEDED, succeeded",
      "-1, FAILED, failed",
      "0, UNKNOWN, undocumented",
      "3, UNKNOWN, undocumented"})
  void jobStatus_documentedCode_mapsToNeutral(int code, JobStatus expected, String meaning) {
    assertThat(HuaweiJobStatusMapper.toNeutral(code)).isEqualTo(expected);
  }

  @Test
  void status_absent_isUnknown() {
    assertThat(HuaweiPhoneStatusMapper.toNeutral(null)).isEqualTo(PhoneStatus.UNKNOWN);
    assertThat(HuaweiServerStatusMapper.toNeutral(null)).isEqualTo(ServerStatus.UNKNOWN);
    assertThat(HuaweiJobStatusMapper.toNeutral(null)).isEqualTo(JobStatus.UNKNOWN);
  }

  @ParameterizedTest(name = "phone {0} filters server-side by {1}")
  @CsvSource({"RUNNING, 2", "RESETTING, 3", "RESTARTING, 4", "FROZEN, 6", "STOPPING, 7", "STOPPED, 8"})
  void phoneStatus_oneCode_filtersServerSide(PhoneStatus status, int code) {
    assertThat(HuaweiPhoneStatusMapper.singleCode(status)).contains(code);
  }

  @Test
  void phoneStatus_severalOrNoCodes_filtersClientSide() {
    assertThat(HuaweiPhoneStatusMapper.codesOf(PhoneStatus.CREATING)).containsExactly(0, 1);
    assertThat(HuaweiPhoneStatusMapper.codesOf(PhoneStatus.FAILED)).containsExactly(-9, -8, -7, -6, -5);
    assertThat(HuaweiPhoneStatusMapper.singleCode(PhoneStatus.FAILED)).isEmpty();
    assertThat(HuaweiPhoneStatusMapper.singleCode(PhoneStatus.UNKNOWN)).isEmpty();
    assertThat(HuaweiServerStatusMapper.singleCode(ServerStatus.RUNNING)).contains(5);
    assertThat(HuaweiServerStatusMapper.codesOf(ServerStatus.FAILED)).containsExactly(2, 12);
  }
}
