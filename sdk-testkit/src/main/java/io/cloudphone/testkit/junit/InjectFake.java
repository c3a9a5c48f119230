package io.cloudphone.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test-class field that {@link FakeCloudPhoneExtension} sets before each test: a fake, a typed or
 * neutral client, or the {@link io.cloudphone.testkit.FakeTime FakeTime}, as for parameters (see {@link CloudPhoneFakes}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectFake {}
