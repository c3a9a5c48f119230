package io.cloudphone.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one project-wide Immutables style: a package-private {@code XxxDef} generates the public {@code Xxx}.
 *
 * <p>Jackson property names are always written explicitly by the generated code so that each provider's
 * naming strategy (snake_case for Huawei, PascalCase for Alibaba) renames serialization and deserialization
 * the same way; a field whose wire name does not follow the strategy carries its own {@code @JsonProperty}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    forceJacksonPropertyNames = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false, prehash = false))
public @interface CloudPhoneStyle {}
