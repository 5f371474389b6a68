package dev.seamgen.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The plugin's package rules, checked on its main classes in every build. */
@AnalyzeClasses(
    packages = "dev.seamgen.maven",
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

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .assignedFrom(PACKAGES)
          .should()
          .beFreeOfCycles()
          .because(
              "a package that imports one which imports it back cannot be understood or changed"
                  + " alone; move the shared type down into the package both need");

  @ArchTest
  static final ArchRule usesOnlyTheGeneratorsFacade =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.seamgen.generator.read..",
              "dev.seamgen.generator.ir..",
              "dev.seamgen.generator.emit..",
              "dev.seamgen.generator.naming..",
              "dev.seamgen.generator.incremental..")
          .because(
              "a goal only maps its parameters onto a GeneratorConfig and calls Generator, like the"
                  + " command line; what a goal needs from the phases belongs behind Generator");
}
