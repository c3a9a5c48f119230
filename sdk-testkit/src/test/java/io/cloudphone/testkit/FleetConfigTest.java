package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.CloudPhoneFleet;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.huawei.HuaweiCphClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fleets built from configuration: a properties file naming members (secrets from the environment only, a
 * secret-looking key refused) and the providers' standard environment variables; the providers' factories are
 * found through ServiceLoader.
 */
class FleetConfigTest {
  private final FakeHuaweiCph east = FakeHuaweiCph.start(Fleet.builder().namePrefix("east").servers(1)
      .phonesPerServer(2).build(), FaultPlan.none(), FakeTime.virtual());
  private final FakeAlibabaCloudPhone shanghai = FakeAlibabaCloudPhone.start(Fleet.builder().servers(1)
      .phonesPerServer(3).build(), FaultPlan.none(), FakeTime.virtual());
  private final Map<String, String> env = new HashMap<>();

  @AfterEach
  void stop() {
    east.close();
    shanghai.close();
  }

  @Test
  void fromProperties_twoProviders_credentialsFromPrefixedAndStandardVariables() {
    Properties file = new Properties();
    file.setProperty("member.huawei-east.provider", "huawei");
    file.setProperty("member.huawei-east.region", east.region());
    file.setProperty("member.huawei-east.endpoint", east.endpoint().toString());
    file.setProperty("member.huawei-east.iamEndpoint", east.endpoint().toString());
    file.setProperty("member.huawei-east.projectId", east.projectId());
    file.setProperty("member.huawei-east.credentials", "env:CPH_EAST");
    file.setProperty("member.alibaba-shanghai.provider", "alibaba");
    file.setProperty("member.alibaba-shanghai.region", FakeAlibabaCloudPhone.REGION_ID);
    file.setProperty("member.alibaba-shanghai.endpoint", shanghai.endpoint().toString());
    file.setProperty("listing", "interleaved");
    env.put("CPH_EAST_ACCESS_KEY_ID", east.credentials().accessKeyId());
    env.put("CPH_EAST_ACCESS_KEY_SECRET", east.credentials().secretAccessKey());
    env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", shanghai.credentials().accessKeyId());
    env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", shanghai.credentials().secretAccessKey());

    try (CloudPhoneFleet fleet = CloudPhoneFleet.fromProperties(file, env::get, CallListener.none())) {
      assertThat(fleet.members()).containsOnlyKeys("alibaba-shanghai", "huawei-east");
      assertThat(fleet.unwrap("huawei-east", HuaweiCphClient.class)).isNotNull();
      assertThat(fleet.unwrap("alibaba-shanghai", AlibabaCloudPhoneClient.class)).isNotNull();
      List<Phone> phones = fleet.phones().list(PhoneFilter.all()).stream().toList();
      assertThat(phones).hasSize(5);
    }
  }

  @Test
  void fromProperties_secretLookingKey_refusedWithoutEchoingIt() {
    for (String key : List.of("secretAccessKey", "sk", "password", "securityToken", "accessKeyId")) {
      Properties file = new Properties();
      file.setProperty("member.a.provider", "huawei");
      file.setProperty("member.a.region", "cn-east-3");
      file.setProperty("member.a." + key, "CANARY-SECRET-123");

      assertThatThrownBy(() -> CloudPhoneFleet.fromProperties(file, env::get, CallListener.none()))
          .as(key).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("looks like a secret")
          .hasMessageNotContaining("CANARY-SECRET-123");
    }
  }

  @Test
  void fromProperties_inlineCredentials_refusedWithoutEchoingThem() {
    Properties file = new Properties();
    file.setProperty("member.a.provider", "alibaba");
    file.setProperty("member.a.region", "cn-shanghai");
    file.setProperty("member.a.credentials", "LTAI5t:CANARY-SECRET-123");

    assertThatThrownBy(() -> CloudPhoneFleet.fromProperties(file, env::get, CallListener.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("env:<PREFIX>")
        .hasMessageNotContaining("CANARY-SECRET-123");
  }

  @Test
  void fromProperties_unknownProviderOrSetting_namedInTheError() {
    Properties file = new Properties();
    file.setProperty("member.a.provider", "tencent");
    assertThatThrownBy(() -> CloudPhoneFleet.fromProperties(file, env::get, CallListener.none()))
        .hasMessageContaining("provider tencent").hasMessageContaining("huawei").hasMessageContaining("alibaba");

    file.setProperty("member.a.provider", "alibaba");
    file.setProperty("member.a.region", "cn-shanghai");
    file.setProperty("member.a.zone", "x");
    assertThatThrownBy(() -> CloudPhoneFleet.fromProperties(file, env::get, CallListener.none()))
        .hasMessageContaining("unknown setting zone");
  }

  @Test
  void fromEnvironment_standardVariablesOfBothProviders_oneMemberEach() {
    env.put("HUAWEICLOUD_SDK_REGION", "cn-east-3");
    env.put("HUAWEICLOUD_SDK_AK", "AK");
    env.put("HUAWEICLOUD_SDK_SK", "SK");
    env.put("HUAWEICLOUD_SDK_PROJECT_ID", "p");
    env.put("ALIBABA_CLOUD_REGION_ID", "cn-shanghai");
    env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK");

    try (CloudPhoneFleet fleet = CloudPhoneFleet.fromEnvironment(env::get, CallListener.none())) {
      assertThat(fleet.members()).containsOnlyKeys("huawei-cn-east-3", "alibaba-cn-shanghai");
    }
  }

  @Test
  void fromEnvironment_nothingSet_saysWhichVariables() {
    assertThatThrownBy(() -> CloudPhoneFleet.fromEnvironment(env::get, CallListener.none()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("HUAWEICLOUD_SDK_REGION")
        .hasMessageContaining("ALIBABA_CLOUD_REGION_ID");
  }
}
