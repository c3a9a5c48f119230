package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.RunCommandRequest;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.CloudPhoneTarget;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.StopCloudPhoneRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request log names the phones each request targeted, read from the wire as each provider's operations send
 * them.
 */
class RequestLogPhoneIdsTest {
  @Test
  void huawei_bodyListsPathAndListings_phoneIdsInTheOrderSent() {
    try (FakeHuaweiCph fake = FakeHuaweiCph.start()) {
      HuaweiCphClient cph = fake.client();
      List<String> ids = fake.phoneIds().subList(0, 3);
      cph.restartCloudPhone(RestartCloudPhoneRequest.builder().phones(ids.stream()
          .map(id -> CloudPhoneTarget.builder().phoneId(id).build()).toList()).build()); // phones[].phone_id
      cph.stopCloudPhone(StopCloudPhoneRequest.builder().phoneIds(ids.subList(1, 3)).build()); // phone_ids
      cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(ids.get(2)).build()); // path
      cph.listCloudPhones(ListCloudPhonesRequest.builder().limit(10).build());

      RequestLog log = fake.requestLog();
      assertThat(log.requests("RestartCloudPhone").get(0).phoneIds()).containsExactlyElementsOf(ids);
      assertThat(log.requests("StopCloudPhone").get(0).phoneIds()).containsExactlyElementsOf(ids.subList(1, 3));
      assertThat(log.requests("ShowCloudPhoneDetail").get(0).phoneIds()).containsExactly(ids.get(2));
      assertThat(log.requests("ListCloudPhones").get(0).phoneIds()).isEmpty();
      assertThat(log.countByPhone("RestartCloudPhone")).containsOnlyKeys(ids).containsValues(1L);
    }
  }

  @Test
  void alibaba_flattenedListsOfEachOperation_phoneIdsInTheOrderSent() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      AlibabaCloudPhoneClient ecp = fake.client();
      List<String> ids = fake.phoneIds().subList(0, 3);
      ecp.rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder().androidInstanceIds(ids)
          .build()); // AndroidInstanceIds.N
      ecp.runCommand(RunCommandRequest.builder().instanceIds(ids.subList(0, 2)).commandContent("ls").build());
      ecp.installApp(InstallAppRequest.builder().addAppIdList("app-42").instanceIdList(ids.subList(2, 3)).build());
      ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().maxResults(10).build());

      RequestLog log = fake.requestLog();
      assertThat(log.requests("RebootAndroidInstancesInGroup").get(0).phoneIds()).containsExactlyElementsOf(ids);
      assertThat(log.requests("RunCommand").get(0).phoneIds()).containsExactlyElementsOf(ids.subList(0, 2));
      assertThat(log.requests("InstallApp").get(0).phoneIds()).containsExactly(ids.get(2));
      assertThat(log.requests("DescribeAndroidInstances").get(0).phoneIds()).isEmpty();
    }
  }
}
