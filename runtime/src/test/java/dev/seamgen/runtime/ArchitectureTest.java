package dev.seamgen.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchIgnore;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The runtime's package rules, checked on its main classes in every build. */
@AnalyzeClasses(
    packages = "dev.seamgen.runtime",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** Each package is one slice, so a cycle is two packages that import each other. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "packages";
        }
      };

  @ArchIgnore(
      reason =
          "runtime and runtime.core import each other until the runtime rework (issue 22) is merged")
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .assignedFrom(PACKAGES)
          .should()
          .beFreeOfCycles()
          .because(
              "a package that imports one which imports it back cannot be understood or changed"
                  + " alone; move the shared type down into the package both need, or turn the"
                  + " back edge into an interface the lower package owns");

  @ArchTest
  static final ArchRule neverReachesTheGenerator =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.seamgen.generator..")
          .because(
              "the runtime ships inside every generated SDK and the generator does not; what both"
                  + " need belongs in the runtime, or is passed to the generated code as text");

  @ArchTest
  static final ArchRule needsOnlyTheJdkAndJackson =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.seamgen.runtime..", "java..", "com.fasterxml.jackson..")
          .because(
              "every SDK user inherits the runtime's dependencies; write it with the JDK and"
                  + " Jackson, or make the case for a new dependency in the runtime's POM first");
}
