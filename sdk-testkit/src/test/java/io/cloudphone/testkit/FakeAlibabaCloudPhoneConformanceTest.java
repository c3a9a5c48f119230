package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.Paged;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of the typed {@link AlibabaCloudPhoneClient} (found by reflection, so an operation declared later
 * is covered without touching this test) called against the fake with its required fields filled: each gets a
 * parsed answer or one of Alibaba's documented domain errors, never the unknown-action error. The fake's own
 * unknown-action answer is covered by {@code FakeAlibabaCloudPhoneGateTest}.
 */
class FakeAlibabaCloudPhoneConformanceTest {
  private static final String PHONE = "acp-fake001001";

  /** Values that must be valid for a call to reach its handler's own checks, by request attribute name. */
  private static final Map<String, Object> VALID = Map.ofEntries(
      Map.entry("androidInstanceIds", List.of(PHONE)),
      Map.entry("androidInstanceIdList", List.of(PHONE)),
      Map.entry("instanceIds", List.of(PHONE)),
      Map.entry("instanceIdList", List.of(PHONE)),
      Map.entry("instanceId", PHONE),
      Map.entry("androidInstanceId", PHONE),
      Map.entry("nodeIds", List.of("cpn-fake000000001")),
      Map.entry("nodeId", "cpn-fake000000001"),
      Map.entry("instanceGroupId", "ag-fake000000001"),
      Map.entry("instanceGroupIds", List.of("ag-fake000000002")),
      Map.entry("instanceGroupIdList", List.of("ag-fake000000001")),
      Map.entry("imageId", "imgc-fake0000000001"),
      Map.entry("bizRegionId", FakeAlibabaCloudPhone.REGION_ID),
      Map.entry("imageType", "System"),
      Map.entry("uploadType", "OSS"),
      Map.entry("uploadUrl", "oss://bucket/file.txt"),
      Map.entry("uploadEndpoint", "oss-cn-shanghai.aliyuncs.com"),
      Map.entry("periodUnit", "Month"),
      Map.entry("chargeType", "PrePaid"),
      Map.entry("cronExpression", "0 0 * * *"),
      Map.entry("imageFileURL", "https://example.invalid/image.qcow2"),
      Map.entry("publicKeyBody", "ssh-rsa AAAAB3NzaC1yc2E fake"),
      Map.entry("keyPairName", "conformance-key"),
      Map.entry("newKeyPairName", "conformance-key2"),
      Map.entry("resourceType", "INSTANCE"),
      Map.entry("resourceId", List.of(PHONE)),
      Map.entry("metricNames", List.of("CpuUtilization")),
      Map.entry("status", 1),
      Map.entry("taskVersion", 1),
      Map.entry("period", 1),
      Map.entry("quantity", 1),
      Map.entry("amount", 1));

  /** Codes the fake may answer a well-formed call with; every one is one of Alibaba's documented families. */
  private static final List<String> DOMAIN_CODES = List.of("MissingParameter", "InvalidParameter", "Incorrect",
      "OperationConflict", "InvalidStatus", "QuotaExceed", "AlreadyExist");

  private static final RequestFiller FILLER = new RequestFiller(VALID::get);

  private FakeAlibabaCloudPhone fake;
  private AlibabaCloudPhoneClient client;

  /** A fresh fake per call, since deleting calls change the seeded state the next call relies on. */
  @BeforeEach
  void start() {
    fake = FakeAlibabaCloudPhone.start(Fleet.builder().servers(2).phonesPerServer(3).build(), FaultPlan.none(),
        FakeTime.manual(Instant.parse("2025-01-02T03:04:05Z")));
    client = fake.client();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** The client's own operations: one request parameter, declared on the Alibaba interface. */
  static Stream<Method> operations() {
    return Arrays.stream(AlibabaCloudPhoneClient.class.getDeclaredMethods())
        .filter(method -> method.getParameterCount() == 1 && !method.isDefault() && !method.isSynthetic())
        .filter(method -> method.getParameterTypes()[0].getSimpleName().endsWith("Request"))
        .sorted(Comparator.comparing(Method::getName));
  }

  @Test
  void operations_foundByReflection_coverEveryDeclaredOperation() {
    assertThat(operations().filter(method -> method.getReturnType() != Paged.class)).hasSizeGreaterThanOrEqualTo(120);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_requiredFieldsFilled_parsedAnswerOrDomainError(Method method) throws Exception {
    Object request = FILLER.build(method.getParameterTypes()[0]);
    String action = Character.toUpperCase(method.getName().charAt(0))
        + method.getName().substring(1).replace("Paged", "");
    try {
      Object answer = method.invoke(client, request);
      if (answer instanceof Paged<?> paged) {
        answer = paged.stream().toList();
      }
      assertThat(answer).as(action).isNotNull();
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).as(action).isInstanceOf(CloudPhoneServiceException.class);
      String code = ((CloudPhoneServiceException) e.getCause()).serviceError().errorCode();
      assertThat(code).as(action + " answered " + e.getCause().getMessage()).isNotEqualTo("InvalidAction.NotFound")
          .satisfies(c -> assertThat(c.endsWith("NotFound") || DOMAIN_CODES.stream().anyMatch(c::contains))
              .as(action + " code " + c).isTrue());
    }
    assertThat(fake.requestLog().count(action)).as(action + " reached the fake").isPositive();
  }

}
