package io.cloudphone.alibaba.neutral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.internal.AlibabaJson;
import io.cloudphone.alibaba.internal.neutral.AlibabaJobMapper;
import io.cloudphone.alibaba.internal.neutral.AlibabaPhoneMapper;
import io.cloudphone.alibaba.internal.neutral.AlibabaServerMapper;
import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.alibaba.model.CloudPhoneNode;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesResponse;
import io.cloudphone.alibaba.model.DescribeInvocationsResponse;
import io.cloudphone.alibaba.model.DescribeTasksResponse;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model mappers over the reference's own example answers (the fixtures of the wire tests). */
class AlibabaModelMapperTest {
  private static final ObjectMapper JSON = AlibabaJson.mapper();

  @Test
  void phoneMapper_seedInstance_fillsEveryNeutralField() throws IOException {
    DescribeAndroidInstancesResponse response =
        read("DescribeAndroidInstances", DescribeAndroidInstancesResponse.class);

    Phone phone = AlibabaPhoneMapper.toPhone(response.instanceModel().get(0), Optional.of("cpn-node-1"));

    assertThat(phone.provider()).isEqualTo(Provider.ALIBABA);
    assertThat(phone.id()).isEqualTo("acp-8at8h6ejkadjh****");
    assertThat(phone.name()).contains("name");
    assertThat(phone.status()).isEqualTo(PhoneStatus.RUNNING);
    assertThat(phone.providerStatus()).isEqualTo("RUNNING");
    assertThat(phone.flavor()).contains("acp.basic.small");
    assertThat(phone.imageId()).contains("imgc-075cllfeuazh0****");
    // The IPv6 fields say "null" in the example: not addresses.
    assertThat(phone.addresses()).containsExactly("192.168.22.48", "10.32.1.41");
    assertThat(phone.zone()).contains("cn-hangzhou-h");
    assertThat(phone.region()).contains("cn-hangzhou");
    assertThat(phone.serverId()).contains("cpn-node-1");
    assertThat(phone.instanceGroupId()).contains("ag-ayyhomlal7po****");
    assertThat(phone.createdAt()).contains(Instant.parse("2023-05-06T10:42:10Z"));
    // Tags are the user's; BizTags (releaseFlag=on) are the service's own and stay out.
    assertThat(phone.tags()).containsExactly(Map.entry("key", "value"));
  }

  @Test
  void phoneMapper_tags_noneEmptyKeyAndMissingValue() {
    AndroidInstance none = AndroidInstance.builder().androidInstanceId("acp-1").build();
    AndroidInstance odd = AndroidInstance.builder().androidInstanceId("acp-2")
        .addTags(Tag.builder().key("env").value("prod").build(), Tag.builder().value("orphan").build(),
            Tag.builder().key("").value("blank").build(), Tag.builder().key("flag").build())
        .build();

    assertThat(AlibabaPhoneMapper.toPhone(none, Optional.empty()).tags()).isEmpty();
    assertThat(AlibabaPhoneMapper.toPhone(odd, Optional.empty()).tags())
        .containsOnly(Map.entry("env", "prod"), Map.entry("flag", ""));
  }

  @Test
  void serverMapper_tags_seedAndNone() throws IOException {
    DescribeCloudPhoneNodesResponse response = read("DescribeCloudPhoneNodes", DescribeCloudPhoneNodesResponse.class);

    assertThat(AlibabaServerMapper.toServer(response.nodeModel().get(0)).tags())
        .containsExactly(Map.entry("team", "qa"));
    assertThat(AlibabaServerMapper.toServer(CloudPhoneNode.builder().nodeId("cpn-1").build()).tags()).isEmpty();
  }

  @Test
  void serverMapper_seedNode_fillsWhatANodeReports() throws IOException {
    DescribeCloudPhoneNodesResponse response = read("DescribeCloudPhoneNodes", DescribeCloudPhoneNodesResponse.class);

    Server server = AlibabaServerMapper.toServer(response.nodeModel().get(0));

    assertThat(server.provider()).isEqualTo(Provider.ALIBABA);
    assertThat(server.id()).isEqualTo(response.nodeModel().get(0).nodeId().orElseThrow());
    assertThat(server.name()).isEqualTo(response.nodeModel().get(0).nodeName());
    assertThat(server.status()).isEqualTo(ServerStatus.RUNNING);
    assertThat(server.providerStatus()).isEqualTo("RUNNING");
    assertThat(server.flavor()).isEqualTo(response.nodeModel().get(0).serverType());
    assertThat(server.region()).isEqualTo(response.nodeModel().get(0).regionId());
    assertThat(server.phoneCount()).isEqualTo(response.nodeModel().get(0).phoneCount());
    assertThat(server.addresses()).isEmpty();
    assertThat(server.createdAt()).contains(Instant.parse("2024-11-13T02:03:14Z"));
  }

  @Test
  void jobMapper_failedChildTask_keepsTargetAndError() throws IOException {
    DescribeTasksResponse response = read("DescribeTasks", DescribeTasksResponse.class);

    Job batch = AlibabaJobMapper.fromTask(response.data().get(0));
    Job child = AlibabaJobMapper.fromTask(response.data().get(1));

    assertThat(batch.status()).isEqualTo(JobStatus.PARTIALLY_SUCCEEDED);
    assertThat(batch.targetId()).isEmpty();
    assertThat(child.id()).isEqualTo("t-j2taq887orj8l****");
    assertThat(child.targetId()).contains("acp-25nt4kk9whhok****");
    assertThat(child.status()).isEqualTo(JobStatus.FAILED);
    assertThat(child.providerStatus()).isEqualTo("Failed");
    assertThat(child.errorCode()).contains("InstanceStatus.Invalid");
    assertThat(child.errorMessage()).contains("The instance is in an invalid state.");
    assertThat(child.output()).isEmpty();
    assertThat(child.startedAt()).contains(Instant.parse("2022-10-11T08:53:32Z"));
    assertThat(child.endedAt()).contains(Instant.parse("2022-10-11T08:54:10Z"));
  }

  @Test
  void jobMapper_invocation_carriesOutputAndTimes() throws IOException {
    DescribeInvocationsResponse response = read("DescribeInvocations", DescribeInvocationsResponse.class);

    Job job = AlibabaJobMapper.fromInvocation(response.data().get(0));

    assertThat(job.id()).isEqualTo(response.data().get(0).invocationId().orElseThrow());
    assertThat(job.targetId()).isEqualTo(response.data().get(0).instanceId());
    assertThat(job.providerStatus()).isEqualTo(response.data().get(0).invocationStatus().orElseThrow());
    assertThat(job.output()).isEqualTo(response.data().get(0).output());
    assertThat(job.startedAt()).isPresent();
  }

  private static <T> T read(String fixture, Class<T> type) throws IOException {
    try (InputStream in = AlibabaModelMapperTest.class.getResourceAsStream("/alibaba/" + fixture + ".json")) {
      return JSON.readValue(in, type);
    }
  }
}
