package io.cloudphone.alibaba.neutral;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.internal.neutral.AlibabaInvocationStatusMapper;
import io.cloudphone.alibaba.internal.neutral.AlibabaPhoneStatusMapper;
import io.cloudphone.alibaba.internal.neutral.AlibabaServerStatusMapper;
import io.cloudphone.alibaba.internal.neutral.AlibabaTaskStatusMapper;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.ServerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every status value Alibaba's reference documents, mapped to the neutral enums; anything else is UNKNOWN. */
class AlibabaStatusMapperTest {

  @ParameterizedTest(name = "AndroidInstanceStatus {0} -> {1}")
  @CsvSource({
      "CREATING, CREATING",
      "STARTING, STARTING",
      "RUNNING, RUNNING",
      "REBOOTING, RESTARTING",
      "RESETTING, RESETTING",
      "STOPPING, STOPPING",
      "STOPPED, STOPPED",
      "BACKUPING, UPDATING",
      "RECOVERING, UPDATING",
      "BACKUP_FAILED, FAILED",
      "RECOVER_FAILED, FAILED",
      "FAILED, FAILED",
      "UNAVAILABLE, FAILED",
      "DELETING, DELETING",
      "DELETED, DELETING",
  })
  void phoneStatus_documentedValue_mapsToNeutral(String raw, PhoneStatus expected) {
    assertThat(AlibabaPhoneStatusMapper.toNeutral(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "node Status {0} -> {1}")
  @CsvSource({
      "CREATING, CREATING",
      "NODE_READY, CREATING",
      "RUNNING, RUNNING",
      "FAILED, FAILED",
      "DELETING, DELETING",
      "DELETED, DELETING",
  })
  void serverStatus_documentedValue_mapsToNeutral(String raw, ServerStatus expected) {
    assertThat(AlibabaServerStatusMapper.toNeutral(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "TaskStatus {0} -> {1}")
  @CsvSource({
      "Waiting, PENDING",
      "Processing, RUNNING",
      "Finished, SUCCEEDED",
      "PartFinished, PARTIALLY_SUCCEEDED",
      "Failed, FAILED",
      "Skipped, CANCELLED",
  })
  void taskStatus_documentedValue_mapsToNeutral(String raw, JobStatus expected) {
    assertThat(AlibabaTaskStatusMapper.toNeutral(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "InvocationStatus {0} -> {1}")
  @CsvSource({
      "Pending, PENDING",
      "Running, RUNNING",
      "Success, SUCCEEDED",
      "Failed, FAILED",
      "Timeout, FAILED",
  })
  void invocationStatus_documentedValue_mapsToNeutral(String raw, JobStatus expected) {
    assertThat(AlibabaInvocationStatusMapper.toNeutral(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"HIBERNATED", "Creating?", "2"})
  void anyMapper_undocumentedValue_isUnknown(String raw) {
    assertThat(AlibabaPhoneStatusMapper.toNeutral(raw)).isEqualTo(PhoneStatus.UNKNOWN);
    assertThat(AlibabaServerStatusMapper.toNeutral(raw)).isEqualTo(ServerStatus.UNKNOWN);
    assertThat(AlibabaTaskStatusMapper.toNeutral(raw)).isEqualTo(JobStatus.UNKNOWN);
    assertThat(AlibabaInvocationStatusMapper.toNeutral(raw)).isEqualTo(JobStatus.UNKNOWN);
  }

  @Test
  void providerValues_statusWithOneValue_canFilterOnServer() {
    assertThat(AlibabaPhoneStatusMapper.providerValues(PhoneStatus.STOPPED)).containsExactly("STOPPED");
    assertThat(AlibabaPhoneStatusMapper.providerValues(PhoneStatus.FAILED))
        .containsExactlyInAnyOrder("FAILED", "UNAVAILABLE", "BACKUP_FAILED", "RECOVER_FAILED");
    assertThat(AlibabaServerStatusMapper.providerValues(ServerStatus.CREATING))
        .containsExactlyInAnyOrder("CREATING", "NODE_READY");
  }
}
