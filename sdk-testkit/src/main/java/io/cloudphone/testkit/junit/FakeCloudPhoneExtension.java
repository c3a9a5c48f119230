package io.cloudphone.testkit.junit;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Provider;
import io.cloudphone.testkit.CloudPhoneFake;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.FaultPlan;
import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.internal.FakeKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link CloudPhoneFakes}: starts the fakes a test asks for (lazily, one per
 * provider per test), hands out them, their clients and their {@link FakeTime} as parameters and
 * {@link InjectFake} fields, and closes them after the test.
 */
// JUnit's types in these signatures come from a 'requires static', not 'requires static transitive': a transitive
// one made javac demand JUnit from every module requiring the testkit; users of the extension require JUnit anyway.
@SuppressWarnings("exports")
public final class FakeCloudPhoneExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeCloudPhoneExtension.class);

  /** Created by JUnit. */
  public FakeCloudPhoneExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    // Only per-test parameters (test, @BeforeEach and @AfterEach methods): the fakes live for one test.
    return context.getTestMethod().isPresent() && supports(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      return session(context).resolve(parameter.getParameter().getType());
    } catch (RuntimeException e) {
      throw new ParameterResolutionException("could not provide " + parameter.getParameter(), e);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    Session session = session(context);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (field.isAnnotationPresent(InjectFake.class)) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())
                || !supports(field.getType())) {
              throw new ExtensionConfigurationException("@InjectFake field " + field + " must be non-static,"
                  + " non-final and of a fake, client or FakeTime type");
            }
            field.setAccessible(true);
            field.set(instance, session.resolve(field.getType()));
          }
        }
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
    if (session != null) {
      session.close();
    }
  }

  private static boolean supports(Class<?> type) {
    return type == FakeTime.class || type == CloudPhoneClient.class || type == CloudPhoneFake.class
        || FakeKind.ALL.stream().anyMatch(kind -> kind.fakeType() == type || kind.clientType() == type);
  }

  private static Session session(ExtensionContext context) {
    CloudPhoneFakes settings = settings(context);
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, key -> new Session(settings),
        Session.class);
  }

  /** The annotation on the test method, else on its class or an enclosing class, else the defaults. */
  private static CloudPhoneFakes settings(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      ExtensionContext at = current.get();
      Optional<CloudPhoneFakes> found = at.getElement().flatMap(element ->
          Optional.ofNullable(element.getAnnotation(CloudPhoneFakes.class)));
      if (found.isPresent()) {
        return found.get();
      }
      current = at.getParent();
    }
    return Defaults.class.getAnnotation(CloudPhoneFakes.class);
  }

  @CloudPhoneFakes
  private static final class Defaults {}

  /** The fakes of one test, started on first use. */
  private static final class Session {
    private final CloudPhoneFakes settings;
    private final FakeTime time;
    private final Map<Provider, CloudPhoneFake<?>> fakes = new EnumMap<>(Provider.class);

    Session(CloudPhoneFakes settings) {
      this.settings = settings;
      this.time = FakeTime.of(settings.time());
    }

    synchronized Object resolve(Class<?> type) {
      if (type == FakeTime.class) {
        return time;
      }
      if (type == CloudPhoneClient.class) {
        return fake(settings.provider()).client();
      }
      if (type == CloudPhoneFake.class) {
        return fake(settings.provider());
      }
      for (FakeKind<?, ?> kind : FakeKind.ALL) {
        if (kind.fakeType() == type) {
          return fake(kind.provider());
        }
        if (kind.clientType() == type) {
          return fake(kind.provider()).client();
        }
      }
      throw new IllegalArgumentException("no fake provides a " + type.getName());
    }

    private CloudPhoneFake<?> fake(Provider provider) {
      return fakes.computeIfAbsent(provider, p -> {
        FakeKind<?, ?> kind = FakeKind.of(p).orElseThrow(() ->
            new ExtensionConfigurationException("the testkit has no fake of " + p.displayName()));
        Fleet fleet = Fleet.builder().servers(settings.servers()).phonesPerServer(settings.phonesPerServer())
            .namePrefix(settings.namePrefix()).jobDuration(Duration.ofSeconds(settings.jobSeconds())).build();
        return kind.starter().start(fleet, FaultPlan.none(), time);
      });
    }

    synchronized void close() {
      List<RuntimeException> failures = new ArrayList<>();
      for (CloudPhoneFake<?> fake : fakes.values()) {
        try {
          fake.close();
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }
      fakes.clear();
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
    }
  }
}
