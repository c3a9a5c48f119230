package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.CreateCustomImageRequest;
import io.cloudphone.alibaba.model.CreateKeyPairRequest;
import io.cloudphone.alibaba.model.CreateScheduledTaskRequest;
import io.cloudphone.alibaba.model.DeleteAndroidInstanceGroupRequest;
import io.cloudphone.alibaba.model.ModifyDisplayConfigRequest;
import io.cloudphone.alibaba.model.RunAgentTaskRequest;
import io.cloudphone.alibaba.model.StartInstanceAdbRequest;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.alibaba.model.TagResourcesRequest;
import io.cloudphone.core.CloudPhoneServiceException;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the Alibaba fake refuses as the service does: documented limits and the state a call needs, by code. */
class FakeAlibabaCloudPhoneRefusalTest {
  private static final String RUNNING = "acp-fake001001";
  private static final String STOPPED = "acp-fake001002";

  private FakeAlibabaCloudPhone fake;

  @BeforeEach
  void start() {
    fake = FakeAlibabaCloudPhone.start(Fleet.builder().servers(1).phonesPerServer(2).build(), FaultPlan.none(),
        FakeTime.manual(Instant.parse("2025-01-02T03:04:05Z")));
    fake.rawPhoneStatus(STOPPED, "STOPPED");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("modifyDisplayConfig_noDisplayConfig_missingParameter", "MissingParameter",
            ecp -> ecp.modifyDisplayConfig(ModifyDisplayConfigRequest.builder().addAndroidInstanceIds(RUNNING)
                .build())),
        refusal("createKeyPair_nameTaken_alreadyExist", "KeyPairName.AlreadyExist", ecp -> {
          ecp.createKeyPair(CreateKeyPairRequest.builder().keyPairName("k1").build());
          ecp.createKeyPair(CreateKeyPairRequest.builder().keyPairName("k1").build());
        }),
        refusal("startInstanceAdb_stoppedInstance_incorrectInstanceStatus", "IncorrectInstanceStatus",
            ecp -> ecp.startInstanceAdb(StartInstanceAdbRequest.builder().addInstanceIds(STOPPED).build())),
        refusal("runAgentTask_stoppedInstance_incorrectInstanceStatus", "IncorrectInstanceStatus",
            ecp -> ecp.runAgentTask(RunAgentTaskRequest.builder().addInstanceIds(STOPPED).userPrompt("x").build())),
        refusal("createCustomImage_unknownInstance_notFound", "InvalidAndroidInstanceId.NotFound",
            ecp -> ecp.createCustomImage(CreateCustomImageRequest.builder().imageName("i")
                .instanceId("acp-nosuch").build())),
        refusal("deleteAndroidInstanceGroup_unknownGroup_notFound", "InvalidInstanceGroupId.NotFound",
            ecp -> ecp.deleteAndroidInstanceGroup(DeleteAndroidInstanceGroupRequest.builder()
                .addInstanceGroupIds("ag-nosuch").build())),
        refusal("createScheduledTask_threeFieldCron_invalidParameter", "InvalidParameter",
            ecp -> ecp.createScheduledTask(CreateScheduledTaskRequest.builder().taskName("t").cronExpression("0 2 *")
                .userPrompt("p").addInstanceIds(RUNNING).build())),
        // The SDK checks 20 tags per call; only the service knows the resource already carries some.
        refusal("tagResources_twentyOneTagsInTwoCalls_quotaExceeded", "QuotaExceed.TagsPerResource", ecp -> {
          tag(ecp, 1, 15);
          tag(ecp, 16, 21);
        }));
  }

  private static void tag(AlibabaCloudPhoneClient ecp, int first, int last) {
    TagResourcesRequest.Builder request = TagResourcesRequest.builder().resourceType("INSTANCE")
        .addResourceId(RUNNING);
    IntStream.rangeClosed(first, last).forEach(i -> request.addTag(Tag.builder().key("k" + i).value("v").build()));
    ecp.tagResources(request.build());
  }

  private static Arguments refusal(String name, String code, Consumer<AlibabaCloudPhoneClient> call) {
    return Arguments.of(name, code, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void call_refused_withAlibabasCode(String name, String code, Consumer<AlibabaCloudPhoneClient> call) {
    assertThatThrownBy(() -> call.accept(fake.client()))
        .isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.serviceError().errorCode()).isEqualTo(code));
  }
}
