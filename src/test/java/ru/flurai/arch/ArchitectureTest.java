package ru.flurai.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The package rules of ARCHITECTURE.md over the compiled main classes (TESTING.md "Package rules").
 * Rules that do not hold yet are frozen: today's violations are listed in {@code
 * src/test/resources/archunit_store} and only a new one fails.
 */
@AnalyzeClasses(packages = "ru.flurai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String API_EXCEPTION = "ru.flurai.platform.http.ApiException";

  @ArchTest
  static final ArchRule platformDependsOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("ru.flurai.platform..")
          .should()
          .dependOnClassesThat(Features.IN_A_FEATURE)
          .because(
              "features build on the platform, never the other way round; a feature adds its own health checks");

  @ArchTest
  static final ArchRule topLevelClassNamesAreUnique =
      classes().that().areTopLevelClasses().should(haveASimpleNameNoOtherTopLevelClassHas());

  @ArchTest
  static final ArchRule domainUsesNoJaxRs =
      noClasses()
          .that(Features.DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..")
          .because("HTTP stays at the edge: resources, providers and name bindings");

  @ArchTest
  static final ArchRule noFieldAccessToAnotherFeaturesEntities =
      classes().should(accessNoFieldOfAnotherFeaturesEntity());

  @ArchTest
  static final ArchRule domainThrowsNoHttpErrors =
      classes()
          .that(Features.DOMAIN)
          .should(
              new ClassPairCondition("not use the HTTP error " + API_EXCEPTION) {
                @Override
                Optional<String> refusal(JavaClass origin, JavaClass target) {
                  return target.getName().equals(API_EXCEPTION)
                      ? Optional.of(
                          "an HTTP error: the domain throws domain exceptions that one mapper renders")
                      : Optional.empty();
                }
              });

  @ArchTest
  static final ArchRule featuresMeetOnlyThroughPublicServices =
      freeze(
          classes()
              .that(Features.IN_A_FEATURE)
              .should(
                  new ClassPairCondition("use other features only through their public services") {
                    private Set<String> open = Set.of();

                    @Override
                    void prepare(Collection<JavaClass> all) {
                      open = Features.publicServices(all);
                    }

                    @Override
                    Optional<String> refusal(JavaClass origin, JavaClass target) {
                      Optional<String> feature = Features.of(target);
                      if (feature.isEmpty()
                          || feature.equals(Features.of(origin))
                          || open.contains(target.getName())) {
                        return Optional.empty();
                      }
                      return Optional.of(
                          (Features.isEntity(target) ? "an entity" : "not a public service")
                              + " of "
                              + feature.get());
                    }
                  }));

  private static ArchCondition<JavaClass> haveASimpleNameNoOtherTopLevelClassHas() {
    return new ArchCondition<>("have a simple name no other top-level class has") {
      private final Map<String, Integer> counts = new HashMap<>();

      @Override
      public void init(Collection<JavaClass> all) {
        counts.clear();
        all.forEach(c -> counts.merge(c.getSimpleName(), 1, Integer::sum));
      }

      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (counts.get(c.getSimpleName()) > 1) {
          events.add(
              SimpleConditionEvent.violated(
                  c, c.getName() + " shares its simple name with another class"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> accessNoFieldOfAnotherFeaturesEntity() {
    return new ArchCondition<>("access no field of another feature's entity") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
          JavaClass owner = a.getTargetOwner();
          if (Features.isEntity(owner)
              && Features.of(owner).isPresent()
              && !Features.of(owner).equals(Features.of(c))) {
            events.add(SimpleConditionEvent.violated(a, a.getDescription()));
          }
        }
      }
    };
  }
}
