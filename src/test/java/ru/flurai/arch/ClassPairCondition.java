package ru.flurai.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A condition over the classes a class depends on that reports each (top-level class, used class)
 * pair once, in name order: "ru.flurai.seller.ProductService uses ru.flurai.catalog.Product …". A
 * frozen store of such lines does not change with line numbers, method names or the number of
 * calls, only when a class starts or stops using another.
 */
abstract class ClassPairCondition extends ArchCondition<JavaClass> {
  private final Map<String, JavaClass> found = new TreeMap<>();

  ClassPairCondition(String description) {
    super(description);
  }

  /** Why {@code origin} may not use {@code target} ("which is …"), or empty when it may. */
  abstract Optional<String> refusal(JavaClass origin, JavaClass target);

  /** Called with every class the rule is checked on, before any {@link #refusal}. */
  void prepare(Collection<JavaClass> all) {}

  @Override
  public void init(Collection<JavaClass> all) {
    found.clear();
    prepare(all);
  }

  @Override
  public void check(JavaClass origin, ConditionEvents events) {
    origin
        .getDirectDependenciesFromSelf()
        .forEach(
            d -> {
              JavaClass target =
                  d.getTargetClass().isArray()
                      ? d.getTargetClass().getBaseComponentType()
                      : d.getTargetClass();
              refusal(origin, target)
                  .ifPresent(
                      why ->
                          found.putIfAbsent(
                              Features.topLevel(origin).getName()
                                  + " uses "
                                  + target.getName()
                                  + ", "
                                  + why,
                              origin));
            });
  }

  @Override
  public void finish(ConditionEvents events) {
    found.forEach((message, origin) -> events.add(SimpleConditionEvent.violated(origin, message)));
  }
}
