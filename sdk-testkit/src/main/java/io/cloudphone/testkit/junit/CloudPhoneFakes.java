package io.cloudphone.testkit.junit;

import io.cloudphone.core.Provider;
import io.cloudphone.testkit.CloudPhoneFake;
import io.cloudphone.testkit.FakeHuaweiCph;
import io.cloudphone.testkit.FakeTime;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test running fakes and clients bound to them, through {@link FakeCloudPhoneExtension}: declare a
 * parameter (or an {@link InjectFake} field) of a fake type ({@link FakeHuaweiCph}, {@code FakeAlibabaCloudPhone}),
 * a typed client ({@code HuaweiCphClient}, {@code AlibabaCloudPhoneClient}), the neutral
 * {@code CloudPhoneClient} (of {@link #provider()}), {@link CloudPhoneFake} or {@link FakeTime}. Each test gets
 * fresh fakes, seeded from this annotation and sharing one {@link FakeTime}, closed after it. On a method, the
 * annotation replaces the class's.
 *
 * <pre>{@code
 * @CloudPhoneFakes(servers = 1, phonesPerServer = 3)
 * class MyServiceTest {
 *   @Test
 *   void restartsEveryPhone(FakeHuaweiCph fake, CloudPhoneClient cloud) {
 *     new MyService(cloud).restartAll();
 *     assertThat(fake.requestLog().count("RestartCloudPhone")).isEqualTo(1);
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(FakeCloudPhoneExtension.class)
@SuppressWarnings("exports") // JUnit is 'requires static' on purpose: see FakeCloudPhoneExtension
public @interface CloudPhoneFakes {
  /** Servers (nodes) in each fake. */
  int servers() default 2;

  /** Phones on each server. */
  int phonesPerServer() default 5;

  /** Prefix of every server and phone name. */
  String namePrefix() default "test";

  /** Seconds of fake time each job takes. */
  long jobSeconds() default 3;

  /** How the fakes' time passes; virtual by default, so waits finish at once. */
  FakeTime.Mode time() default FakeTime.Mode.VIRTUAL;

  /** The provider behind a {@code CloudPhoneClient} or {@code CloudPhoneFake} parameter. */
  Provider provider() default Provider.HUAWEI;
}
