package ru.flurai.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import ru.flurai.it.ServerTest;

/** The test layout of TESTING.md: HTTP integration tests share one MicroShed base, by feature. */
@AnalyzeClasses(packages = "ru.flurai.it", importOptions = ImportOption.OnlyIncludeTests.class)
class TestLayoutTest {
  @ArchTest
  static final ArchRule everyHttpItRunsThroughTheSharedBase =
      classes()
          .that()
          .haveSimpleNameEndingWith("IT")
          .and()
          .doNotHaveModifier(JavaModifier.ABSTRACT)
          .and()
          .areTopLevelClasses()
          .should()
          .beAssignableTo(ServerTest.class)
          .because("every HTTP IT runs through MicroShed Testing against the build's server");

  @ArchTest
  static final ArchRule itsLiveInAFeaturePackage =
      classes()
          .that()
          .haveSimpleNameEndingWith("IT")
          .and()
          .areTopLevelClasses()
          .should()
          .resideInAnyPackage("ru.flurai.it.*")
          .andShould()
          .resideOutsideOfPackage("ru.flurai.it")
          .because("the flat it package was split by feature; the harness stays in ru.flurai.it");
}
