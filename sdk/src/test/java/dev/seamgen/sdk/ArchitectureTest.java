package dev.seamgen.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the generated SDK may use, checked on its main classes in every build. */
@AnalyzeClasses(packages = "dev.seamgen.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule reachesTheRuntimeOnlyThroughItsTwoPackages =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.seamgen.sdk..",
              "dev.seamgen.runtime",
              "dev.seamgen.runtime.core",
              "java..",
              "javax.annotation.processing..",
              "com.fasterxml.jackson..")
          .because(
              "generated code calls the runtime's public package and runtime.core, the classes"
                  + " it was generated against, and nothing else but the JDK and Jackson; when an"
                  + " emitter needs more, add it to runtime.core rather than reaching elsewhere");
}
