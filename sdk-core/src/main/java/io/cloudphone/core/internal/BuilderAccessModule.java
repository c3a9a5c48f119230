package io.cloudphone.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import com.fasterxml.jackson.databind.deser.std.StdValueInstantiator;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.io.IOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Lets Jackson call the setters of the generated Immutables builders through small generated functions instead of
 * {@link Method#invoke}: reflective setter calls were a measured hotspot of parsing large pages (one call per
 * field of every item), and so was creating each builder through its private constructor, which now goes through the
 * generated public {@code builder()} factory. Only what Jackson would have done changes hands: the value is still read by the
 * property's own deserializer and null handling, and a failing setter is still reported as Jackson reports it.
 *
 * <p>The models live in packages of the provider modules that only Jackson may reflect on, so each provider
 * hands in a full-privilege {@link MethodHandles.Lookup} of its own; only setters declared in that lookup's module
 * are sped up, anything the lookup cannot reach keeps Jackson's reflective path.
 */
final class BuilderAccessModule extends Module {
  private final MethodHandles.Lookup lookup;

  BuilderAccessModule(MethodHandles.Lookup lookup) {
    if (!lookup.hasFullPrivilegeAccess()) {
      throw new IllegalArgumentException("a full-privilege lookup is needed, got " + lookup);
    }
    this.lookup = lookup;
  }

  @Override
  public String getModuleName() {
    return "cloudphone-builder-access:" + lookup.lookupClass().getModule();
  }

  @Override
  public Object getTypeId() {
    return getModuleName();
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
          BeanDeserializerBuilder builder) {
        List<SettableBeanProperty> faster = new ArrayList<>();
        for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
          SettableBeanProperty property = it.next();
          BiFunction<Object, Object, Object> setter = setterOf(property);
          if (setter != null) {
            faster.add(new FastSetterProperty(property, setter));
          }
        }
        for (SettableBeanProperty property : faster) {
          builder.addOrReplaceProperty(property, true);
        }
        ValueInstantiator instantiator = builder.getValueInstantiator();
        Supplier<Object> factory = builderFactoryOf(description.getBeanClass(), instantiator);
        if (factory != null) {
          builder.setValueInstantiator(new FastBuilderInstantiator(instantiator, factory));
        }
        return builder;
      }
    });
  }

  /**
   * A generated call of the Immutables factory {@code Value.builder()} for the builder class Jackson would
   * otherwise create through its private constructor, or null when {@code type} is not such a builder.
   */
  private Supplier<Object> builderFactoryOf(Class<?> type, ValueInstantiator instantiator) {
    Class<?> value = type.getEnclosingClass();
    if (value == null || instantiator == null || instantiator.getClass() != StdValueInstantiator.class
        || !instantiator.canCreateUsingDefault() || instantiator.canCreateUsingDelegate()
        || instantiator.canCreateFromObjectWith() || type.getModule() != lookup.lookupClass().getModule()) {
      return null;
    }
    try {
      Method factory = value.getMethod("builder");
      if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != type) {
        return null;
      }
      MethodHandle target = lookup.unreflect(factory);
      CallSite site = LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
          MethodType.methodType(Object.class), target, target.type());
      @SuppressWarnings("unchecked")
      Supplier<Object> supplier = (Supplier<Object>) site.getTarget().invoke();
      return supplier;
    } catch (Throwable e) {
      return null; // no public factory: Jackson's constructor call still works
    }
  }

  /** A generated call of the property's setter, or null to leave the property as Jackson made it. */
  private BiFunction<Object, Object, Object> setterOf(SettableBeanProperty property) {
    if (!(property instanceof MethodProperty) || property.hasValueTypeDeserializer()
        || NullsConstantProvider.isSkipper(property.getNullValueProvider())) {
      return null;
    }
    AnnotatedMember member = property.getMember();
    if (!(member instanceof AnnotatedMethod) || ((AnnotatedMethod) member).getParameterCount() != 1) {
      return null;
    }
    Method method = ((AnnotatedMethod) member).getAnnotated();
    if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class
        || method.getReturnType().isPrimitive()
        || method.getDeclaringClass().getModule() != lookup.lookupClass().getModule()) {
      return null;
    }
    try {
      MethodHandle target = lookup.unreflect(method);
      MethodType exact = target.type();
      MethodType boxed = exact.wrap().changeReturnType(exact.returnType());
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(BiFunction.class),
          MethodType.methodType(Object.class, Object.class, Object.class), target, boxed);
      @SuppressWarnings("unchecked")
      BiFunction<Object, Object, Object> setter = (BiFunction<Object, Object, Object>) site.getTarget().invoke();
      return setter;
    } catch (Throwable e) {
      return null; // not reachable through this lookup: Jackson's reflection still works
    }
  }

  /** Creates builders through their generated factory; everything else is the original instantiator's. */
  private static final class FastBuilderInstantiator extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Object> factory;

    FastBuilderInstantiator(ValueInstantiator original, Supplier<Object> factory) {
      super(original);
      this.factory = factory;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext context, BeanDescription description)
        throws JsonMappingException {
      ValueInstantiator resolved = delegate().createContextual(context, description);
      return resolved == delegate() ? this : resolved;
    }

    @Override
    public Object createUsingDefault(DeserializationContext context) throws IOException {
      try {
        return factory.get();
      } catch (RuntimeException e) {
        return delegate().createUsingDefault(context); // let Jackson report it as it always did
      }
    }
  }

  /** A builder property whose setter is a generated function; reading the value is left to the original. */
  private static final class FastSetterProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;

    private final transient BiFunction<Object, Object, Object> setter;

    FastSetterProperty(SettableBeanProperty original, BiFunction<Object, Object, Object> setter) {
      super(original);
      this.setter = setter;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty original) {
      return new FastSetterProperty(original, setter);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext context, Object instance)
        throws IOException {
      deserializeSetAndReturn(p, context, instance);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext context, Object instance)
        throws IOException {
      Object value = delegate.deserialize(p, context);
      try {
        Object result = setter.apply(instance, value);
        return result == null ? instance : result;
      } catch (RuntimeException e) {
        _throwAsIOE(p, e, value);
        return null; // not reached: _throwAsIOE always throws
      }
    }

    @Override
    public void set(Object instance, Object value) throws IOException {
      setAndReturn(instance, value);
    }

    @Override
    public Object setAndReturn(Object instance, Object value) throws IOException {
      try {
        Object result = setter.apply(instance, value);
        return result == null ? instance : result;
      } catch (RuntimeException e) {
        _throwAsIOE(e, value);
        return null; // not reached: _throwAsIOE always throws
      }
    }
  }
}
