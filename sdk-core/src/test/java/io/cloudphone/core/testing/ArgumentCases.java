package io.cloudphone.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

/** Building blocks of the providers' argument-check tables: one row per refused call, and reflective calls. */
public final class ArgumentCases {
  private ArgumentCases() {}

  /** A row: {@code code} throws a NullPointerException saying {@code parameter must not be null}. */
  public static Arguments npe(String call, ThrowingCallable code, String parameter) {
    return Arguments.of(call, code, NullPointerException.class, parameter + " must not be null");
  }

  /** A row: {@code code} throws an IllegalArgumentException whose message contains {@code message}. */
  public static Arguments iae(String call, ThrowingCallable code, String message) {
    return Arguments.of(call, code, IllegalArgumentException.class, message);
  }

  /** The async client reports a request it cannot bind through the future, as it does any other failure. */
  public static Object joined(CompletableFuture<?> future) throws Throwable {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause();
    }
  }

  /** Every typed operation of the sync and async client: the methods taking one request of {@code modelPackage}. */
  public static Stream<Method> typedOperations(Class<?> sync, Class<?> async, String modelPackage) {
    return Stream.concat(Arrays.stream(sync.getMethods()), Arrays.stream(async.getMethods()))
        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0].getPackageName().equals(modelPackage));
  }

  /** Calls {@code method} on {@code target} with a null request, rethrowing what the method threw. */
  public static Object invokeWithNull(Method method, Object target) throws Throwable {
    try {
      return method.invoke(target, (Object) null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
