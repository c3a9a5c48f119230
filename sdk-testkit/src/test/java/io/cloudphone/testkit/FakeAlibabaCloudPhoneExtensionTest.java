package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.Provider;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.testkit.junit.CloudPhoneFakes;
import io.cloudphone.testkit.junit.InjectFake;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The JUnit extension hands out FakeAlibabaCloudPhone, its typed client and, for ALIBABA, the neutral one. */
@CloudPhoneFakes(servers = 1, phonesPerServer = 3, provider = Provider.ALIBABA)
class FakeAlibabaCloudPhoneExtensionTest {
  @InjectFake
  FakeAlibabaCloudPhone injected;

  @Test
  void parameters_fakeAndClients_shareOneFake(FakeAlibabaCloudPhone fake, AlibabaCloudPhoneClient ecp,
      CloudPhoneClient cloud, FakeTime time) {
    assertThat(fake).isSameAs(injected);
    assertThat(ecp).isSameAs(fake.client()).isSameAs(cloud);
    assertThat(time).isSameAs(fake.time());
    assertThat(cloud.phones().list(PhoneFilter.all()).stream()).hasSize(3);
    assertThat(ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()).instanceModel())
        .hasSize(3);
    assertThat(fake.requestLog().count("DescribeAndroidInstances")).isEqualTo(2);
  }

  @Test
  void neutralClient_shellCommand_printsEachPhonesOutput(CloudPhoneFake<?> fake, CloudPhoneClient cloud) {
    BulkResult result = cloud.phones().runShellCommand(fake.phoneIds(), "getprop ro.build.version.release",
        BulkOptions.defaults()).awaitCompletion(Duration.ofMinutes(1));

    assertThat(fake.provider()).isEqualTo(Provider.ALIBABA);
    assertThat(result.succeeded()).hasSize(3).allSatisfy(item -> assertThat(item.output()).contains("12"));
  }
}
