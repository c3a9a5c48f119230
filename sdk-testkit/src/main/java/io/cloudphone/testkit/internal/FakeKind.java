package io.cloudphone.testkit.internal;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Provider;
import io.cloudphone.testkit.CloudPhoneFake;
import io.cloudphone.testkit.FakeAlibabaCloudPhone;
import io.cloudphone.testkit.FakeHuaweiCph;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.FaultPlan;
import io.cloudphone.testkit.Fleet;
import java.util.List;
import java.util.Optional;

/**
 * One kind of fake the JUnit extension can start: its provider, its type, its typed client's type and how to
 * start it. A new fake joins the extension with one entry in {@link #ALL}: it implements
 * {@link CloudPhoneFake} of its typed client and has a static {@code start(Fleet, FaultPlan, FakeTime)}.
 *
 * @param provider the provider it imitates
 * @param fakeType the fake's class
 * @param clientType the typed client's interface
 * @param starter starts one
 */
public record FakeKind<F extends CloudPhoneFake<C>, C extends CloudPhoneClient>(Provider provider, Class<F> fakeType,
    Class<C> clientType, Starter<F> starter) {

  /** Starts a fake of this kind. */
  @FunctionalInterface
  public interface Starter<F> {
    F start(Fleet fleet, FaultPlan faults, FakeTime time);
  }

  /** Every kind of fake, one per provider. */
  public static final List<FakeKind<?, ?>> ALL = List.of(
      new FakeKind<>(Provider.HUAWEI, FakeHuaweiCph.class, io.cloudphone.huawei.HuaweiCphClient.class,
          FakeHuaweiCph::start),
      new FakeKind<>(Provider.ALIBABA, FakeAlibabaCloudPhone.class,
          io.cloudphone.alibaba.AlibabaCloudPhoneClient.class, FakeAlibabaCloudPhone::start));

  /** The kind imitating {@code provider}. */
  public static Optional<FakeKind<?, ?>> of(Provider provider) {
    return ALL.stream().filter(kind -> kind.provider() == provider).findFirst();
  }
}
