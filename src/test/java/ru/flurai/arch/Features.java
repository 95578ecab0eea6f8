package ru.flurai.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.enterprise.event.Event;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the package rules call a feature, its HTTP edge, its domain and its public services. A
 * feature is a package {@code ru.flurai.<name>} other than {@code platform}, with its sub-packages.
 */
final class Features {
  static final String ROOT = "ru.flurai.";
  static final String PLATFORM = "platform";

  /** CDI scopes: a class with one of them is a bean, which other features reach by injection. */
  private static final List<String> SCOPES =
      List.of(
          "jakarta.enterprise.context.ApplicationScoped",
          "jakarta.enterprise.context.RequestScoped",
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.Dependent",
          "jakarta.inject.Singleton");

  private static final List<String> ENTITIES =
      List.of(
          "jakarta.persistence.Entity",
          "jakarta.persistence.Embeddable",
          "jakarta.persistence.MappedSuperclass");

  static final DescribedPredicate<JavaClass> IN_A_FEATURE =
      DescribedPredicate.describe("are in a feature package", c -> of(c).isPresent());
  static final DescribedPredicate<JavaClass> DOMAIN =
      DescribedPredicate.describe(
          "are domain classes (in a feature, not its JAX-RS edge)",
          c -> of(c).isPresent() && !isEdge(c));

  private static final Class<?> EVENT = Event.class;

  private Features() {}

  /**
   * The feature a class belongs to (nested and anonymous classes count with their package), or
   * empty.
   */
  static Optional<String> of(JavaClass c) {
    JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
    String pkg = base.getPackageName();
    if (!pkg.startsWith(ROOT)) {
      return Optional.empty();
    }
    String name = pkg.substring(ROOT.length()).split("\\.")[0];
    return name.equals(PLATFORM) ? Optional.empty() : Optional.of(name);
  }

  static JavaClass topLevel(JavaClass c) {
    JavaClass t = c.isArray() ? c.getBaseComponentType() : c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  /**
   * The HTTP edge: JAX-RS resources ({@code @Path}), providers ({@code @Provider}: filters,
   * exception mappers) and name-binding annotations ({@code @AdminOnly} …), with the classes nested
   * in them (request and response records).
   */
  static boolean isEdge(JavaClass c) {
    JavaClass t = topLevel(c);
    return t.isAnnotatedWith("jakarta.ws.rs.Path")
        || t.isAnnotatedWith("jakarta.ws.rs.ext.Provider")
        || t.isAnnotation() && t.isAnnotatedWith("jakarta.ws.rs.NameBinding");
  }

  static boolean isEntity(JavaClass c) {
    return ENTITIES.stream().anyMatch(c::isAnnotatedWith);
  }

  static boolean isBean(JavaClass c) {
    return SCOPES.stream().anyMatch(c::isAnnotatedWith);
  }

  /**
   * A feature's public services and the types they speak: its CDI beans (not its edge, not its
   * entities), its annotations (interceptor bindings such as {@code @AdminOnly}), and every type of
   * the feature that appears in the signature of a non-private method of one of its beans (the
   * values, views and events those beans take and give, generic arguments included). Entities are
   * never part of it: one feature owns each table.
   */
  static Set<String> publicServices(Collection<JavaClass> all) {
    Set<String> open = new HashSet<>();
    for (JavaClass c : all) {
      Optional<String> feature = of(c);
      if (feature.isEmpty()) {
        continue;
      }
      if (c.isAnnotation()) {
        open.add(c.getName());
      }
      if (!isBean(c) || isEdge(c) || isEntity(c)) {
        continue;
      }
      open.add(c.getName());
      for (JavaMethod m : c.getMethods()) {
        if (m.getModifiers().contains(JavaModifier.PRIVATE)) {
          continue;
        }
        Set<JavaClass> involved = new HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
        m.getParameterTypes().forEach(p -> involved.addAll(p.getAllInvolvedRawTypes()));
        openAll(open, involved, feature);
      }
      // the events a bean fires (an injected Event<X>) are published too: other features observe X
      for (JavaField f : c.getFields()) {
        if (f.getRawType().isEquivalentTo(EVENT)) {
          openAll(open, f.getType().getAllInvolvedRawTypes(), feature);
        }
      }
    }
    return open;
  }

  private static void openAll(Set<String> open, Set<JavaClass> involved, Optional<String> feature) {
    for (JavaClass t : involved) {
      JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
      if (of(base).equals(feature) && !isEntity(base)) {
        open.add(base.getName());
      }
    }
  }
}
