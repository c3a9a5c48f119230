/**
 * The JUnit 5 extension for the fakes ({@link io.cloudphone.testkit.junit.CloudPhoneFakes}); the only package of
 * the testkit that needs JUnit on the class or module path.
 */
package io.cloudphone.testkit.junit;
