package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.AddImageMemberRequest;
import io.cloudphone.huawei.model.CloudPhoneTarget;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives every operation of {@link HuaweiCphClient} against {@link FakeHuaweiCph}: the operations are found by
 * reflection (every client method taking one {@code XxxRequest} and answering an {@code XxxResponse}) and their
 * requests built by {@link ModelFiller}, so a newly declared operation is covered without touching this test.
 * Each must reach the fake's handler of the same name and get a parsed answer, or a documented CPS error for
 * the few requests whose dummy values cannot describe existing state.
 */
class FakeHuaweiCphConformanceTest {
  private static final String OTHER_PROJECT = "1a2b3c4d5e6f708192a3b4c5d6e7f809";

  /**
   * Operations whose generic request cannot name valid state, with the CPS code each must answer instead (and
   * nothing else). Empty today: the prepared state below lets every operation succeed.
   */
  private static final Map<String, String> EXPECTED_DOMAIN_ERRORS = Map.of();

  static List<Method> operations() {
    return Arrays.stream(HuaweiCphClient.class.getMethods())
        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0].getSimpleName().endsWith("Request")
            && m.getReturnType().getSimpleName().endsWith("Response"))
        .sorted(Comparator.comparing(Method::getName)).toList();
  }

  @Test
  void operations_foundByReflection_coverTheWholeClient() {
    assertThat(operations()).hasSizeGreaterThanOrEqualTo(61);
  }

  @TestFactory
  Stream<DynamicTest> everyOperation_answersParsedResponseOrDocumentedCpsError() {
    return operations().stream().map(method -> DynamicTest.dynamicTest(operationName(method), () -> drive(method)));
  }

  private static void drive(Method method) throws Exception {
    String operation = operationName(method);
    try (FakeHuaweiCph fake = FakeHuaweiCph.start(Fleet.builder().servers(2).phonesPerServer(2).build(),
        FaultPlan.none(), FakeTime.manual())) {
      HuaweiCphClient cph = fake.client();
      String restartRequest = cph.restartCloudPhone(RestartCloudPhoneRequest.builder()
          .addPhones(CloudPhoneTarget.builder().phoneId(fake.phoneIds().get(1)).build()).build())
          .requestId().orElseThrow();
      String jobId = jobOf(cph, restartRequest);
      // An image member to list, update or delete.
      cph.addImageMember(AddImageMemberRequest.builder().imageId(fake.imageIds().get(0)).member(OTHER_PROJECT)
          .build());
      fake.time().advance(Duration.ofMinutes(1));
      Object request = new ModelFiller(ModelFiller.table(overrides(fake, restartRequest, jobId)))
          .fill(method.getParameterTypes()[0]);
      fake.requestLog().clear();

      Optional<CloudPhoneServiceException> refused = Optional.empty();
      try {
        assertThat(method.invoke(cph, request)).as(operation + " answer").isNotNull();
      } catch (InvocationTargetException e) {
        assertThat(e.getCause()).as(operation + " failure").isInstanceOf(CloudPhoneServiceException.class);
        refused = Optional.of((CloudPhoneServiceException) e.getCause());
      }

      assertThat(fake.requestLog().requests()).as(operation + " reached its own handler")
          .extracting(LoggedRequest::operation).containsOnly(operation);
      if (refused.isPresent()) {
        assertThat(refused.get().errorCode()).as(operation + " error: " + refused.get().getMessage())
            .matches("CPS\\.\\d{4}").isEqualTo(EXPECTED_DOMAIN_ERRORS.get(operation));
      } else {
        assertThat(EXPECTED_DOMAIN_ERRORS).as(operation + " was expected to fail").doesNotContainKey(operation);
      }
    }
  }

  private static String jobOf(HuaweiCphClient cph, String requestId) {
    return cph.listJobs(io.cloudphone.huawei.model.ListJobsRequest.builder().requestId(requestId).build()).jobs()
        .get(0).jobId().orElseThrow();
  }

  /** Values that must name the fake's state or pass the service's checks; everything else is a dummy. */
  private static Map<String, Object> overrides(FakeHuaweiCph fake, String requestId, String jobId) {
    String server = fake.serverIds().get(0);
    String phone = fake.phoneIds().get(0);
    Map<String, Object> values = new HashMap<>();
    values.put("serverId", server);
    values.put("serverIds", List.of(server));
    values.put("phoneId", phone);
    values.put("phoneIds", List.of(phone));
    values.put("sourcePhoneId", phone);
    values.put("targetPhoneId", fake.phoneIds().get(1));
    values.put("resourceId", server);
    values.put("jobId", jobId);
    values.put("requestId", requestId);
    values.put("eventId", fake.scheduledEventIds().get(0));
    values.put("bandWidthId", fake.bandwidthIds().get(0));
    values.put("encodeServerIds", List.of(fake.encodeServerIds().get(0)));
    values.put("imageId", "8f0bd1bd4ab84a0f8a2e6e8d4b5fa3c1"); // the fake's public image
    for (String imageOperation : List.of("DeleteImageRequest", "AddImageMemberRequest", "ListImageMembersRequest",
        "DeleteImageMemberRequest")) {
      values.put(imageOperation + ".imageId", fake.imageIds().get(0));
    }
    values.put("UpdateImageMemberRequest.imageId", fake.imageIds().get(1));
    values.put("UpdateImageMemberRequest.status", "accepted");
    values.put("member", OTHER_PROJECT);
    values.put("memberId", OTHER_PROJECT);
    values.put("keypairName", "testkit-keypair-2");
    values.put("serverName", "conformance-server");
    values.put("phoneName", "conformance-phone");
    values.put("serverModelName", "physical.rx1.xlarge");
    values.put("phoneModelName", "rx1.cp.c60.d10GPSSD.e1v1");
    values.put("ChangeCloudPhoneServerModelRequest.serverModelName", "physical.rx2.xlarge");
    values.put("ChangeCloudPhoneServerModelRequest.phoneModelName", "rx2.cp.c60.d10GPSSD.e1v1");
    values.put("ChangeCloudPhoneServerRequest.phoneModelName", "rx1.cp.c30.d20GPSSD.e1v1");
    values.put("PushFileRequest.content", "obs://testkit-bucket/files/data.tar");
    values.put("InstallApkRequest.content", "obs://testkit-bucket/apps/app.apk");
    values.put("UninstallApkRequest.content", "com.example.app");
    values.put("RunShellCommandRequest.content", "ls /data");
    values.put("RunSyncCommandRequest.content", "ls /data");
    values.put("DeleteShareAppsRequest.serverIds", List.of(server));
    values.put("bucketName", "testkit-bucket");
    values.put("objectPath", "share/data.tar");
    values.put("packageName", "com.example.app");
    values.put("filePaths", List.of("/data"));
    values.put("path", "/data");
    values.put("CloudPhonePropertyUpdate.property", "{\"ro.product.brand\":\"Huawei\"}");
    values.put("newSize", 20);
    values.put("trafficType", "direct");
    values.put("clientType", "ANDROID");
    values.put("authorizationType", "maintenance");
    values.put("notBefore", fake.time().now().plus(Duration.ofHours(1)).toString());
    values.put("bandWidthSize", 200);
    values.put("bandWidthShareType", 1);
    values.put("bandWidthChargeMode", 0);
    values.put("chargingMode", 0);
    values.put("periodType", 2);
    values.put("periodNum", 1);
    values.put("count", 1);
    values.put("includeFiles", List.of("/data/app"));
    values.put("excludeFiles", List.of("/data/cache"));
    for (String command : List.of("PushFile", "InstallApk", "UninstallApk", "RunShellCommand", "RunSyncCommand")) {
      values.put(command + "Request.serverIds", List.of()); // a command names phones or servers, not both
    }
    values.put("NewElasticIp.type", "5_bgp");
    values.put("tenantVpcId", "9a11e291-967f-4dd6-99bd-9be54f10583c");
    values.put("subnetId", "c7f9983d-03ca-4a2e-a0e1-d6bd97174669");
    values.put("ResourceTag.key", "env");
    values.put("ResourceTag.value", "test");
    return values;
  }

  private static String operationName(Method method) {
    return Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
  }
}
