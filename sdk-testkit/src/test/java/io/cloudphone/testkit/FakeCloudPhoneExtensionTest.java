package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.testkit.junit.CloudPhoneFakes;
import io.cloudphone.testkit.junit.InjectFake;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The JUnit extension gives tests a running fake and clients, and closes the fake afterwards. */
@CloudPhoneFakes(servers = 1, phonesPerServer = 4)
class FakeCloudPhoneExtensionTest {
  private static URI lastEndpoint;

  @InjectFake
  FakeHuaweiCph injected;

  @Test
  void parameters_fakeAndClients_shareOneFake(FakeHuaweiCph fake, HuaweiCphClient cph, CloudPhoneClient cloud,
      FakeTime time) {
    lastEndpoint = fake.endpoint();

    assertThat(fake).isSameAs(injected);
    assertThat(cph).isSameAs(fake.client()).isSameAs(cloud);
    assertThat(time).isSameAs(fake.time());
    assertThat(cloud.phones().list(PhoneFilter.all()).stream()).hasSize(4);
    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().build()).phones()).hasSize(4);
    assertThat(fake.requestLog().count("ListCloudPhones")).isEqualTo(2);
  }

  @Test
  @CloudPhoneFakes(servers = 2, phonesPerServer = 1, jobSeconds = 30)
  void methodAnnotation_replacesTheClassOne(CloudPhoneFake<?> fake, CloudPhoneClient cloud) {
    assertThat(fake.fleet().phoneCount()).isEqualTo(2);
    assertThat(fake.fleet().jobDuration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cloud.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofMinutes(5)).succeeded())
        .hasSize(2);
  }

  @Test
  @CloudPhoneFakes(time = FakeTime.Mode.MANUAL)
  void manualTime_isOnlyMovedByTheTest(FakeTime time, FakeHuaweiCph fake) {
    var before = time.now();
    fake.client().phones().list(PhoneFilter.all()).stream().count();

    assertThat(time.now()).isEqualTo(before);
    time.advance(Duration.ofSeconds(5));
    assertThat(time.now()).isEqualTo(before.plusSeconds(5));
  }

  @Test
  void bothProviders_inOneTest_shareTheFakeTime(FakeHuaweiCph huawei, FakeAlibabaCloudPhone alibaba,
      FakeTime time) {
    assertThat(huawei.time()).isSameAs(alibaba.time()).isSameAs(time);
    assertThat(huawei.endpoint()).isNotEqualTo(alibaba.endpoint());
  }

  @AfterAll
  static void everyFakeWasClosed() {
    assertThat(lastEndpoint).isNotNull();
    assertThatThrownBy(() -> new Socket(lastEndpoint.getHost(), lastEndpoint.getPort()).close())
        .isInstanceOf(ConnectException.class);
  }
}
